namespace LocalLife.Payments;

/// <summary>What the gateway says was paid: from a verified notification or an active query.</summary>
public sealed record PaymentConfirmation(string TransactionId, long AmountFen, string? SubMchId, DateTimeOffset PaidAt);

/// <summary>How a refund ended at the gateway, from a verified notification, the refund answer or a query.</summary>
public sealed record RefundConfirmation(string OutRefundNo, string? GatewayRefundId, PaymentRefundStatus Status, long AmountFen, DateTimeOffset? SettledAt);
