using LocalLife.BackgroundJobs;
using LocalLife.Payments;
using Microsoft.Extensions.Options;

namespace LocalLife.Ordering;

/// <summary>
/// The checkout's calls back for menu orders: the cash arrived (the order is paid and its accept timers start), no
/// payment could be started (stock and points go back at once), or a refund succeeded (the order counts it).
/// </summary>
public sealed class OrderPayableHandler(IOrderRepository orders, OrderLifecycle lifecycle, IBackgroundJobScheduler jobs, IOptions<OrderingOptions> options)
    : IPayableHandler
{
    public async Task<PaidOutcome?> ApplyPaidAsync(Guid payableId, Guid paymentId, DateTimeOffset paidAt, CancellationToken ct)
    {
        if (await orders.FindAsync(payableId, ct) is not { } order) return null;
        var outcome = order.MarkPaid(paymentId, paidAt);
        if (outcome == PaidOutcome.Applied) OrderJobs.ScheduleAfterPayment(jobs, order, options.Value);
        return outcome;
    }

    public Task ReleaseUnpaidAsync(Guid payableId, string reason, CancellationToken ct) =>
        lifecycle.CancelAsync(payableId, reason, null, o => o.Status == OrderStatus.Placed, ct);

    public async Task ApplyRefundedAsync(Guid payableId, long totalRefundedFen, bool fullyRefunded, CancellationToken ct)
    {
        if (await orders.FindAsync(payableId, ct) is { } order) await lifecycle.CountRefundAsync(order, totalRefundedFen, ct);
    }
}
