using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;

namespace LocalLife.Payments;

/// <summary>
/// One WeChat Pay payment for one business order (a booking deposit or a menu order) and its refunds. Money only
/// moves through its methods: a confirmation is applied once and only if amount and merchant match, and refunds
/// (settled plus in flight) never exceed what was paid — the database checks the same sum.
/// </summary>
public class Payment : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private readonly List<PaymentRefund> _refunds = [];

    private Payment() { } // EF

    internal Payment(Guid id, Guid? tenantId, PaymentKind kind, Guid businessOrderId, Guid customerId, string payerOpenId,
        long amountFen, string description, string outTradeNo, string? subMchId, DateTimeOffset expiresAt) : base(id)
    {
        if (amountFen <= 0) throw new BusinessException(PaymentErrorCodes.AmountMustBePositive);
        TenantId = tenantId;
        Kind = kind;
        BusinessOrderId = businessOrderId;
        CustomerId = customerId;
        PayerOpenId = payerOpenId;
        AmountFen = amountFen;
        Description = description;
        OutTradeNo = outTradeNo;
        SubMchId = subMchId;
        ExpiresAt = expiresAt;
        Status = PaymentStatus.Created;
    }

    public Guid? TenantId { get; private set; }
    public PaymentKind Kind { get; private set; }
    public Guid BusinessOrderId { get; private set; }
    public Guid CustomerId { get; private set; }
    public string PayerOpenId { get; private set; } = null!;
    public long AmountFen { get; private set; }
    public string Description { get; private set; } = null!;
    public string OutTradeNo { get; private set; } = null!;
    /// <summary>The tenant's sub-merchant in Partner mode, copied at creation: later setting changes do not move money of open payments.</summary>
    public string? SubMchId { get; private set; }
    public PaymentStatus Status { get; private set; }
    public string? PrepayId { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public string? TransactionId { get; private set; }
    public DateTimeOffset? PaidAt { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    public string? FailureReason { get; private set; }
    /// <summary>Sum of succeeded refunds.</summary>
    public long RefundedFen { get; private set; }
    /// <summary>Sum of refunds in flight: reserved, so two refunds at once cannot together exceed the payment.</summary>
    public long RefundPendingFen { get; private set; }
    public IReadOnlyList<PaymentRefund> Refunds => _refunds;

    public long RefundableFen => PaymentTransitions.IsPaid(Status) ? AmountFen - RefundedFen - RefundPendingFen : 0;

    public bool IsExpired(DateTimeOffset now) => Status is PaymentStatus.Created or PaymentStatus.Pending && now >= ExpiresAt;

    public void MarkPrepaid(string prepayId)
    {
        MoveTo(PaymentStatus.Pending);
        PrepayId = prepayId;
    }

    public void MarkPrepayFailed(string reason)
    {
        MoveTo(PaymentStatus.Failed);
        FailureReason = reason.Truncate(256);
    }

    /// <summary>
    /// Applies a confirmation of payment. Returns false when this very transaction was applied before (a repeated
    /// notification); a confirmation that does not match this payment is refused and changes nothing.
    /// </summary>
    public bool ConfirmPaid(PaymentConfirmation confirmation)
    {
        if (TransactionId is not null)
        {
            if (TransactionId == confirmation.TransactionId) return false;
            throw Mismatch("transaction_id", TransactionId, confirmation.TransactionId);
        }
        if (confirmation.AmountFen != AmountFen) throw Mismatch("amount", AmountFen, confirmation.AmountFen);
        if (!string.Equals(confirmation.SubMchId ?? "", SubMchId ?? "", StringComparison.Ordinal))
            throw Mismatch("sub_mchid", SubMchId, confirmation.SubMchId);

        MoveTo(PaymentStatus.Paid);
        TransactionId = confirmation.TransactionId;
        PaidAt = confirmation.PaidAt.ToUniversalTime(); // WeChat writes Beijing time with its offset
        AddDomainEvent(new PaymentSucceeded(Id, TenantId, Kind, BusinessOrderId, CustomerId, AmountFen, TransactionId, PaidAt.Value));
        return true;
    }

    public void Close(DateTimeOffset now)
    {
        MoveTo(PaymentStatus.Closed);
        ClosedAt = now.ToUniversalTime();
        AddDomainEvent(new PaymentClosed(Id, TenantId, Kind, BusinessOrderId));
    }

    /// <summary>
    /// Reserves a refund. The same idempotency key returns the refund it created before (if the amount is the same);
    /// a refund above what is left is refused.
    /// </summary>
    public PaymentRefund RequestRefund(long amountFen, string? reason, string idempotencyKey, DateTimeOffset now)
    {
        if (_refunds.FirstOrDefault(r => r.IdempotencyKey == idempotencyKey) is { } earlier)
        {
            return earlier.AmountFen == amountFen
                ? earlier
                : throw new BusinessException(PaymentErrorCodes.IdempotencyKeyReused);
        }
        if (amountFen <= 0) throw new BusinessException(PaymentErrorCodes.AmountMustBePositive);
        if (!PaymentTransitions.IsPaid(Status)) throw new BusinessException(PaymentErrorCodes.NotRefundable);
        if (amountFen > RefundableFen)
            throw new BusinessException(PaymentErrorCodes.RefundExceedsPaid).With("Requested", amountFen).With("Refundable", RefundableFen);

        var refund = new PaymentRefund(Guid.CreateVersion7(), TenantId, Id, PaymentNumbers.NewOutRefundNo(now), amountFen,
            reason is null ? null : reason.Truncate(PaymentConsts.MaxReasonLength), idempotencyKey, now);
        _refunds.Add(refund);
        RefundPendingFen += amountFen;
        if (Status != PaymentStatus.Refunding) MoveTo(PaymentStatus.Refunding);
        return refund;
    }

    /// <summary>Records how a refund ended. Returns false when it had already ended (a repeated notification).</summary>
    public bool SettleRefund(RefundConfirmation confirmation, DateTimeOffset now, string? failureReason = null)
    {
        var refund = _refunds.FirstOrDefault(r => r.OutRefundNo == confirmation.OutRefundNo)
            ?? throw new EntityNotFoundException(nameof(PaymentRefund), confirmation.OutRefundNo);
        if (confirmation.GatewayRefundId is not null) refund.SetGatewayRefundId(confirmation.GatewayRefundId);
        if (confirmation.Status == PaymentRefundStatus.Processing || refund.Status != PaymentRefundStatus.Processing) return false;
        if (confirmation.AmountFen != refund.AmountFen) throw Mismatch("refund", refund.AmountFen, confirmation.AmountFen);

        RefundPendingFen -= refund.AmountFen;
        if (confirmation.Status == PaymentRefundStatus.Succeeded)
        {
            refund.Succeed(confirmation.SettledAt ?? now);
            RefundedFen += refund.AmountFen;
            AddDomainEvent(new PaymentRefunded(Id, TenantId, Kind, BusinessOrderId, refund.Id, refund.AmountFen, RefundedFen, RefundedFen == AmountFen));
        }
        else
        {
            refund.Fail((failureReason ?? "refund ended as " + confirmation.Status).Truncate(256));
        }
        if (RefundPendingFen == 0)
            MoveTo(RefundedFen == AmountFen ? PaymentStatus.Refunded : RefundedFen > 0 ? PaymentStatus.PartiallyRefunded : PaymentStatus.Paid);
        return true;
    }

    /// <summary>The gateway refused the refund outright: release the reservation.</summary>
    public void RefuseRefund(string outRefundNo, string reason, DateTimeOffset now) =>
        SettleRefund(new RefundConfirmation(outRefundNo, null, PaymentRefundStatus.Failed,
            _refunds.Single(r => r.OutRefundNo == outRefundNo).AmountFen, null), now, reason);

    private void MoveTo(PaymentStatus next) =>
        Status = PaymentTransitions.Allows(Status, next)
            ? next
            : throw new BusinessException(PaymentErrorCodes.IllegalTransition).With("From", Status).With("To", next);

    private static BusinessException Mismatch(string field, object? expected, object? actual) =>
        new BusinessException(PaymentErrorCodes.NotificationMismatch, $"{field}: expected {expected}, got {actual}");
}
