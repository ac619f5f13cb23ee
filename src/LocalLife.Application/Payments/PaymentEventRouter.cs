using LocalLife.BackgroundJobs;
using LocalLife.Entities;
using Microsoft.Extensions.Logging;

namespace LocalLife.Payments;

/// <summary>
/// Routes a payment's events to the feature of its payable, by kind. The money arrived: the feature applies it in the
/// transaction that records the payment. Money for a payable that no longer waits for it (cancelled or expired
/// meanwhile) goes back to the customer by a job, since the gateway is never called inside a transaction. A refund that
/// succeeded is applied to its payable in the transaction that records it.
/// </summary>
public sealed class PaymentEventRouter(PayableHandlers handlers, Marketing.ICustomerPurchases purchases, IBackgroundJobScheduler jobs,
    ILogger<PaymentEventRouter> logger) : IDomainEventHandler<PaymentSucceeded>, IDomainEventHandler<PaymentRefunded>
{
    public Task HandleAsync(PaymentRefunded e, CancellationToken ct) =>
        handlers.For(e.Kind).ApplyRefundedAsync(e.BusinessOrderId, e.TotalRefundedFen, e.FullyRefunded, ct);

    public async Task HandleAsync(PaymentSucceeded e, CancellationToken ct)
    {
        var outcome = await handlers.For(e.Kind).ApplyPaidAsync(e.BusinessOrderId, e.PaymentId, e.PaidAt, ct);
        if (outcome == PaidOutcome.Applied && e.TenantId is { } tenantId) await purchases.RecordAsync(e.CustomerId, tenantId, e.PaidAt, ct);
        if (outcome != PaidOutcome.NotAwaited) return;
        logger.LogWarning("Payment {PaymentId} arrived for {Kind} {PayableId}, which no longer waits for it: refunding it", e.PaymentId, e.Kind, e.BusinessOrderId);
        jobs.Enqueue<RefundLatePaymentJob, LatePaymentArgs>(new(e.Kind, e.BusinessOrderId, e.PaymentId, e.AmountFen));
    }
}

public sealed record LatePaymentArgs(PaymentKind Kind, Guid PayableId, Guid PaymentId, long AmountFen);

/// <summary>Refunds a payment that arrived after its payable stopped waiting for it (run as the payment's tenant; idempotent).</summary>
public sealed class RefundLatePaymentJob(PaymentProcessor payments) : IBackgroundJob<LatePaymentArgs>
{
    public const string Reason = "no longer waiting for this payment";

    public Task ExecuteAsync(LatePaymentArgs args, CancellationToken ct) =>
        payments.RefundAsync(args.PaymentId, args.AmountFen, Reason, PayableKeys.LatePayment(args.Kind, args.PayableId, args.PaymentId), ct);
}
