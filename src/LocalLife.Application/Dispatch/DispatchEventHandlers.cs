using LocalLife.Entities;
using LocalLife.Eventing;
using LocalLife.Kitchen;
using LocalLife.RealTime;

namespace LocalLife.Dispatch;

/// <summary>Delivery task changes go out through the outbox in the transaction that made them.</summary>
public sealed class DeliveryTaskPublisher(IDistributedEventBus bus) : IDomainEventHandler<DeliveryTaskChanged>
{
    public Task HandleAsync(DeliveryTaskChanged e, CancellationToken ct) => bus.PublishAsync(new DeliveryTaskChangedEto(e.TaskId, e.TenantId, e.StoreId, e.WaiterId, e.PreviousWaiterId, e.To,
            e.Stops.Select(s => s.OrderId).ToList(), e.Stops.Select(s => s.SpaceNumber).ToList(), e.At), ct);
}

/// <summary>
/// Live pushes of the staff side (best effort): tickets to their station's display, delivery tasks to the waiter they were
/// offered to (with a sound cue) or taken from, and every task change to the store's staff.
/// </summary>
public sealed class OperationsRealtimeHandlers(IRealtimeNotifier notifier) :
    IDistributedEventHandler<KitchenTicketChangedEto>, IDistributedEventHandler<DeliveryTaskChangedEto>
{
    public const string TaskSound = "delivery-task";

    public static string StationGroup(Ordering.Station station) => station.ToString().ToLowerInvariant();

    public Task HandleEventAsync(KitchenTicketChangedEto eto, CancellationToken ct) =>
        notifier.ToStationAsync(eto.TenantId, eto.StoreId, StationGroup(eto.Station), RealtimeMethods.TicketChanged,
            new { eto.TicketId, eto.OrderId, eto.OrderNumber, eto.SpaceNumber, Station = eto.Station.ToString(), Status = eto.Status.ToString(),
                Priority = eto.Priority.ToString(), eto.At }, ct);

    public async Task HandleEventAsync(DeliveryTaskChangedEto eto, CancellationToken ct)
    {
        var payload = new { eto.TaskId, eto.StoreId, eto.WaiterId, Status = eto.Status.ToString(), eto.OrderIds, eto.SpaceNumbers, eto.At, Sound = TaskSound };
        if (eto is { Status: DeliveryTaskStatus.Assigned, WaiterId: { } waiter })
            await notifier.ToUserAsync(waiter, RealtimeMethods.DeliveryTaskAssigned, payload, ct);
        if (eto.PreviousWaiterId is { } previous)
            await notifier.ToUserAsync(previous, RealtimeMethods.DeliveryTaskWithdrawn, payload, ct);
        await notifier.ToStoreStaffAsync(eto.TenantId, eto.StoreId, RealtimeMethods.DeliveryTaskChanged, payload, ct);
    }
}
