export type {
  PaymentDto as Payment,
  PaymentStatus,
  /** Exactly what `wx.requestPayment` takes (appId is part of the signature only). */
  RequestPaymentDto as RequestPayment,
} from '../api/openapi'
