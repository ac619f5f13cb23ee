namespace LocalLife.Payments;

/// <summary>The money arrived. Raised once per payment, handled in the transaction that records it.</summary>
public sealed record PaymentSucceeded(Guid PaymentId, Guid? TenantId, PaymentKind Kind, Guid BusinessOrderId, Guid CustomerId,
    long AmountFen, string TransactionId, DateTimeOffset PaidAt);

/// <summary>One refund succeeded. <see cref="FullyRefunded"/> is true when nothing of the payment is left.</summary>
public sealed record PaymentRefunded(Guid PaymentId, Guid? TenantId, PaymentKind Kind, Guid BusinessOrderId, Guid RefundId,
    long RefundFen, long TotalRefundedFen, bool FullyRefunded);

/// <summary>Closed unpaid (expired or cancelled): the booking or order it was for can be released.</summary>
public sealed record PaymentClosed(Guid PaymentId, Guid? TenantId, PaymentKind Kind, Guid BusinessOrderId);
