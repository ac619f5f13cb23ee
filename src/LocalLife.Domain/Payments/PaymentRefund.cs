using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;

namespace LocalLife.Payments;

/// <summary>A refund of part or all of a <see cref="Payment"/>; changed only through its payment.</summary>
public class PaymentRefund : Entity<Guid>, IMultiTenant
{
    private PaymentRefund() { } // EF

    internal PaymentRefund(Guid id, Guid? tenantId, Guid paymentId, string outRefundNo, long amountFen, string? reason,
        string idempotencyKey, DateTimeOffset requestedAt) : base(id)
    {
        TenantId = tenantId;
        PaymentId = paymentId;
        OutRefundNo = outRefundNo;
        AmountFen = amountFen;
        Reason = reason;
        IdempotencyKey = idempotencyKey;
        RequestedAt = requestedAt;
        Status = PaymentRefundStatus.Processing;
    }

    public Guid? TenantId { get; private set; }
    public Guid PaymentId { get; private set; }
    public string OutRefundNo { get; private set; } = null!;
    public long AmountFen { get; private set; }
    public string? Reason { get; private set; }
    /// <summary>Given by the caller (e.g. the cancellation it refunds): the same key never refunds twice.</summary>
    public string IdempotencyKey { get; private set; } = null!;
    public PaymentRefundStatus Status { get; private set; }
    public string? GatewayRefundId { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset? SucceededAt { get; private set; }
    public string? FailureReason { get; private set; }

    internal void SetGatewayRefundId(string refundId) => GatewayRefundId ??= refundId;

    internal void Succeed(DateTimeOffset at)
    {
        MoveTo(PaymentRefundStatus.Succeeded);
        SucceededAt = at.ToUniversalTime();
    }

    internal void Fail(string reason)
    {
        MoveTo(PaymentRefundStatus.Failed);
        FailureReason = reason;
    }

    private void MoveTo(PaymentRefundStatus next) =>
        Status = PaymentRefundTransitions.Allows(Status, next)
            ? next
            : throw new BusinessException(PaymentErrorCodes.IllegalTransition).With("From", Status).With("To", next);
}
