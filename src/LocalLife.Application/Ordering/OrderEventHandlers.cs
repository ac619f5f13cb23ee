using LocalLife.BackgroundJobs;
using LocalLife.Entities;
using LocalLife.Eventing;
using LocalLife.Identity;
using LocalLife.Payments;
using LocalLife.RealTime;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocalLife.Ordering;

/// <summary>Order status changes go out through the outbox in the transaction that made them: only committed changes are told.</summary>
public sealed class OrderEventPublisher(IDistributedEventBus bus) : IDomainEventHandler<OrderStatusChanged>
{
    public Task HandleAsync(OrderStatusChanged e, CancellationToken ct) =>
        bus.PublishAsync(new OrderStatusChangedEto(e.OrderId, e.TenantId, e.StoreId, e.SpaceId, e.SpaceNumber, e.CustomerId, e.Number, e.From, e.To, e.At), ct);
}

/// <summary>
/// Live pushes of ordering (best effort): every status change to the customer and the store's staff; a newly paid order
/// to the store's staff as a new-order alert with a sound cue; escalations and low stock to the store's staff and managers.
/// </summary>
public sealed class OrderRealtimeHandlers(IRealtimeNotifier notifier) :
    IDistributedEventHandler<OrderStatusChangedEto>, IDistributedEventHandler<OrderEscalatedEto>, IDistributedEventHandler<StockLowEto>
{
    public const string NewOrderSound = "new-order";
    public const string AlertSound = "alert";

    public async Task HandleEventAsync(OrderStatusChangedEto eto, CancellationToken ct)
    {
        var payload = new { eto.OrderId, eto.Number, eto.StoreId, eto.SpaceId, eto.SpaceNumber, From = eto.From.ToString(), Status = eto.To.ToString(), eto.At };
        await notifier.ToUserAsync(eto.CustomerId, RealtimeMethods.OrderStatusChanged, payload, ct);
        await notifier.ToStoreStaffAsync(eto.TenantId, eto.StoreId, RealtimeMethods.OrderStatusChanged, payload, ct);
        if (eto.To == OrderStatus.Paid && eto.From == OrderStatus.Placed)
            await notifier.ToStoreStaffAsync(eto.TenantId, eto.StoreId, RealtimeMethods.NewOrder,
                new { eto.OrderId, eto.Number, eto.SpaceId, eto.SpaceNumber, eto.At, Sound = NewOrderSound }, ct);
    }

    public async Task HandleEventAsync(OrderEscalatedEto eto, CancellationToken ct)
    {
        var payload = new { eto.OrderId, eto.Number, eto.SpaceNumber, eto.PaidAt, eto.At, Sound = AlertSound };
        await notifier.ToStoreStaffAsync(eto.TenantId, eto.StoreId, RealtimeMethods.OrderEscalated, payload, ct);
        await notifier.ToRoleAsync(eto.TenantId, LocalLifeRoles.Manager, RealtimeMethods.OrderEscalated, payload, ct);
    }

    public async Task HandleEventAsync(StockLowEto eto, CancellationToken ct)
    {
        await notifier.ToRoleAsync(eto.TenantId, LocalLifeRoles.Manager, RealtimeMethods.StockLow, eto, ct);
        await notifier.ToRoleAsync(eto.TenantId, LocalLifeRoles.Owner, RealtimeMethods.StockLow, eto, ct);
    }
}
