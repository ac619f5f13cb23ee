using LocalLife.Eventing;
using LocalLife.RealTime;

namespace LocalLife.Tenancy;

/// <summary>Tells a merchant's connected staff that the platform (de)activated it, so their screens react at once.</summary>
public sealed class TenantStatusRealtimeHandler(IRealtimeNotifier notifier) : IDistributedEventHandler<TenantStatusChangedEto>
{
    public Task HandleEventAsync(TenantStatusChangedEto eto, CancellationToken ct) =>
        notifier.ToTenantStaffAsync(eto.TenantId, RealtimeMethods.TenantStatusChanged, eto, ct);
}
