export type PaymentStatus = 'Created' | 'Pending' | 'Paid' | 'Closed' | 'Failed' | 'Refunding' | 'PartiallyRefunded' | 'Refunded'

/** Exactly what `wx.requestPayment` takes (appId is part of the signature only). */
export interface RequestPayment {
  appId: string
  timeStamp: string
  nonceStr: string
  package: string
  signType: string
  paySign: string
}

export interface Payment {
  id: string
  kind: string
  businessOrderId: string
  amountFen: number
  description: string
  outTradeNo: string
  status: PaymentStatus
  expiresAt: string
  paidAt?: string | null
  refundedFen: number
}
