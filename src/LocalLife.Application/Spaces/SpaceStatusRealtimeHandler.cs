using LocalLife.Eventing;
using LocalLife.RealTime;

namespace LocalLife.Spaces;

/// <summary>Pushes a committed status change to customers watching the store and to the store's staff screens.</summary>
public sealed class SpaceStatusRealtimeHandler(IRealtimeNotifier notifier) : IDistributedEventHandler<SpaceStatusChangedEto>
{
    public async Task HandleEventAsync(SpaceStatusChangedEto eto, CancellationToken ct)
    {
        await notifier.ToStoreWatchersAsync(eto.StoreId, RealtimeMethods.SpaceStatusChanged, eto, ct);
        await notifier.ToStoreStaffAsync(eto.TenantId, eto.StoreId, RealtimeMethods.SpaceStatusChanged, eto, ct);
    }
}
