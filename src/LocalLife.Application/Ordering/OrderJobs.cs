using LocalLife.BackgroundJobs;
using LocalLife.Entities;
using LocalLife.Eventing;
using Microsoft.Extensions.Options;

namespace LocalLife.Ordering;

public sealed record OrderJobArgs(Guid OrderId);

/// <summary>
/// The order timers (§5.9.5), run as the order's tenant. Each is idempotent (an order that moved on is left alone) and
/// takes the moment to judge by, so tests decide what is due without waiting.
/// </summary>
public sealed class OrderJobs(
    IOrderRepository orders,
    OrderLifecycle lifecycle,
    IDistributedEventBus bus,
    IUnitOfWork unitOfWork,
    IOptions<OrderingOptions> options,
    TimeProvider clock)
{
    /// <summary>After payment: escalate when the accept window passes, cancel and refund when the store's limit passes.</summary>
    public static void ScheduleAfterPayment(IBackgroundJobScheduler jobs, Order order, OrderingOptions options)
    {
        var paidAt = order.PaidAt ?? order.PlacedAt;
        jobs.Schedule<EscalateOrderJob, OrderJobArgs>(new(order.Id), paidAt + OrderingConsts.AcceptWindow);
        jobs.Schedule<CancelUnacceptedOrderJob, OrderJobArgs>(new(order.Id),
            paidAt.AddMinutes(options.AutoCancelUnacceptedMinutes));
    }

    public static void ScheduleAutoComplete(IBackgroundJobScheduler jobs, Guid orderId, DateTimeOffset at) =>
        jobs.Schedule<CompleteDeliveredOrderJob, OrderJobArgs>(new(orderId), at);

    /// <summary>Unpaid after 15 minutes: the payment is closed, stock and points go back. True if it was cancelled.</summary>
    public async Task<bool> ExpireIfUnpaidAsync(Guid orderId, DateTimeOffset? now, CancellationToken ct)
    {
        var at = now ?? clock.GetUtcNow();
        if (await orders.FindAsync(orderId, ct) is not { Status: OrderStatus.Placed } order || at < order.PayBy) return false;
        var closed = await lifecycle.CancelAsync(orderId, "not paid in time", null, o => o.Status == OrderStatus.Placed, ct);
        return closed.Status == OrderStatus.Cancelled;
    }

    /// <summary>Paid and not accepted within 3 minutes: flagged and the store's staff alerted (once). True if escalated now.</summary>
    public async Task<bool> EscalateIfUnacceptedAsync(Guid orderId, DateTimeOffset? now, CancellationToken ct)
    {
        var at = now ?? clock.GetUtcNow();
        if (await orders.FindAsync(orderId, ct) is not { Status: OrderStatus.Paid, AcceptBy: { } by } order || at < by || !order.Escalate(at)) return false;
        await bus.PublishAsync(new OrderEscalatedEto(order.Id, order.TenantId!.Value, order.StoreId, order.SpaceNumber, order.Number, order.PaidAt!.Value, at), ct);
        await unitOfWork.SaveChangesAsync(ct);
        return true;
    }

    /// <summary>Still not accepted at the configured limit: cancelled, stock and points back, cash refunded. True if cancelled.</summary>
    public async Task<bool> CancelIfUnacceptedAsync(Guid orderId, DateTimeOffset? now, CancellationToken ct)
    {
        var at = now ?? clock.GetUtcNow();
        if (await orders.FindAsync(orderId, ct) is not { Status: OrderStatus.Paid, PaidAt: { } paidAt } || at < paidAt.AddMinutes(options.Value.AutoCancelUnacceptedMinutes))
            return false;
        var closed = await lifecycle.CancelAsync(orderId, "not accepted in time", null, o => o.Status == OrderStatus.Paid, ct);
        return closed.Status == OrderStatus.Cancelled;
    }

    /// <summary>Delivered and not confirmed by the customer within the limit: completed (points earned). True if completed now.</summary>
    public async Task<bool> CompleteIfDeliveredAsync(Guid orderId, DateTimeOffset? now, CancellationToken ct)
    {
        var at = now ?? clock.GetUtcNow();
        if (await orders.FindAsync(orderId, ct) is not { Status: OrderStatus.Delivered, DeliveredAt: { } deliveredAt }
            || at < deliveredAt.AddMinutes(options.Value.AutoCompleteMinutes)) return false;
        await lifecycle.CompleteAsync(orderId, null, ct);
        return true;
    }
}

public sealed class ExpireUnpaidOrderJob(OrderJobs jobs) : IBackgroundJob<OrderJobArgs>
{
    public Task ExecuteAsync(OrderJobArgs args, CancellationToken ct) => jobs.ExpireIfUnpaidAsync(args.OrderId, null, ct);
}

public sealed class EscalateOrderJob(OrderJobs jobs) : IBackgroundJob<OrderJobArgs>
{
    public Task ExecuteAsync(OrderJobArgs args, CancellationToken ct) => jobs.EscalateIfUnacceptedAsync(args.OrderId, null, ct);
}

public sealed class CancelUnacceptedOrderJob(OrderJobs jobs) : IBackgroundJob<OrderJobArgs>
{
    public Task ExecuteAsync(OrderJobArgs args, CancellationToken ct) => jobs.CancelIfUnacceptedAsync(args.OrderId, null, ct);
}

public sealed class CompleteDeliveredOrderJob(OrderJobs jobs) : IBackgroundJob<OrderJobArgs>
{
    public Task ExecuteAsync(OrderJobArgs args, CancellationToken ct) => jobs.CompleteIfDeliveredAsync(args.OrderId, null, ct);
}
