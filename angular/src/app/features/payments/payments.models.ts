export type PaymentStatus = 'Created' | 'Pending' | 'Paid' | 'Closed';
export type PaymentKind = 'BookingDeposit' | 'MenuOrder';
export type PaymentRefundStatus = 'Processing' | 'Succeeded' | 'Failed';

export interface PaymentRefundDto {
  id: string;
  outRefundNo: string;
  amountFen: number;
  reason: string | null;
  status: PaymentRefundStatus;
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
  expiresAt: string;
  transactionId: string | null;
  paidAt: string | null;
  closedAt: string | null;
  refundedFen: number;
  refundPendingFen: number;
  refundableFen: number;
  refunds: PaymentRefundDto[];
}

/** One tenant's day: payments by paid time, refunds by success time, in the tenant's time zone. */
export interface PaymentReconciliationDto {
  tenantId: string | null;
  tenantName: string | null;
  date: string;
  timeZone: string;
  from: string;
  to: string;
  paidCount: number;
  paidFen: number;
  refundCount: number;
  refundedFen: number;
  netFen: number;
}

/** The platform's day: one row per tenant with activity, and the sums. */
export interface HostPaymentReconciliationDto {
  date: string;
  tenants: PaymentReconciliationDto[];
  paidCount: number;
  paidFen: number;
  refundCount: number;
  refundedFen: number;
  netFen: number;
}

/** A tenant's WeChat Pay sub-merchant and the time zone its report days are cut in. */
export interface PaymentSettingsDto {
  tenantId: string;
  weChatPaySubMchId: string | null;
  timeZone: string;
}
