using LocalLife.Entities;
using LocalLife.Eventing;
using LocalLife.RealTime;

namespace LocalLife.Spaces;

/// <summary>
/// A space's status change goes out through the outbox, so only committed changes are pushed (of a thousand racing
/// bookings, only the one that won).
/// </summary>
public sealed class SpaceStatusChangedPublisher(IDistributedEventBus bus) : IDomainEventHandler<SpaceStatusChanged>
{
    public Task HandleAsync(SpaceStatusChanged e, CancellationToken ct) =>
        bus.PublishAsync(new SpaceStatusChangedEto(e.SpaceId, e.TenantId, e.StoreId, e.To, e.At), ct);
}

/// <summary>Every committed change of a space's status, to the customers watching its store and to the store's staff board.</summary>
public sealed class SpaceStatusRealtimeHandler(IRealtimeNotifier notifier) : IDistributedEventHandler<SpaceStatusChangedEto>
{
    public async Task HandleEventAsync(SpaceStatusChangedEto eto, CancellationToken ct)
    {
        var payload = new { eto.SpaceId, eto.StoreId, Status = eto.Status.ToString(), eto.At };
        await notifier.ToStoreWatchersAsync(eto.StoreId, RealtimeMethods.SpaceStatusChanged, payload, ct);
        await notifier.ToStoreStaffAsync(eto.TenantId, eto.StoreId, RealtimeMethods.SpaceStatusChanged, payload, ct);
    }
}
