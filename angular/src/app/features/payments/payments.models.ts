export type {
  HostPaymentReconciliationDto,
  PaymentDto,
  PaymentKind,
  PaymentReconciliationDto,
  PaymentRefundDto,
  PaymentRefundStatus,
  PaymentSettingsDto,
  PaymentStatus,
} from '../../api/openapi';
