export type PaymentStatus = 'Created' | 'Pending' | 'Paid' | 'Closed';
export type PaymentKind = 'BookingDeposit' | 'MenuOrder';

export interface PaymentRefundDto {
  id: string;
  outRefundNo: string;
  amountFen: number;
  reason: string | null;
  status: string;
  requestedAt: string;
  succeededAt: string | null;
  failureReason: string | null;
}

export interface PaymentDto {
  id: string;
  kind: PaymentKind;
  businessOrderId: string;
  customerId: string;
  amountFen: number;
  description: string;
  outTradeNo: string;
  status: PaymentStatus;
  creationTime: string;
  paidAt: string | null;
  refundedFen: number;
  refundPendingFen: number;
  refundableFen: number;
  refunds: PaymentRefundDto[];
}
