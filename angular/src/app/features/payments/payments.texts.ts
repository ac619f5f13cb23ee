import { TextTable } from '../../core/i18n.service';

export const paymentsTexts: TextTable = {
  'payments.title': ['支付与退款', 'Payments and refunds'],
  'payments.outTradeNo': ['商户订单号', 'Trade number'],
  'payments.kind': ['类型', 'Kind'],
  'payments.kind.BookingDeposit': ['预订定金', 'Booking deposit'],
  'payments.kind.MenuOrder': ['点单', 'Menu order'],
  'payments.amount': ['金额', 'Amount'],
  'payments.refunded': ['已退', 'Refunded'],
  'payments.paidAt': ['支付时间', 'Paid at'],
  'payments.refund': ['退款', 'Refund'],
  'payments.refundAmount': ['退款金额（元）', 'Refund (yuan)'],
  'payments.reason': ['原因', 'Reason'],
  'payments.sync': ['同步状态', 'Sync'],
  'payments.status.Created': ['已创建', 'Created'],
  'payments.status.Pending': ['待支付', 'Pending'],
  'payments.status.Paid': ['已支付', 'Paid'],
  'payments.status.Closed': ['已关闭', 'Closed'],
};
