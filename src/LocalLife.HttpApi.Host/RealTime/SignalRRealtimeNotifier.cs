using Microsoft.AspNetCore.SignalR;

namespace LocalLife.RealTime;

/// <summary>Sends through the hubs' contexts (and so through the Redis backplane when configured), best effort.</summary>
internal sealed class SignalRRealtimeNotifier(IHubContext<StaffHub> staff, IHubContext<CustomerHub> customers, ILogger<SignalRRealtimeNotifier> logger)
    : IRealtimeNotifier
{
    public Task ToTenantStaffAsync(Guid tenantId, string method, object payload, CancellationToken ct) =>
        SendAsync(staff, RealtimeGroups.TenantStaff(tenantId), method, payload, ct);

    public Task ToRoleAsync(Guid tenantId, string role, string method, object payload, CancellationToken ct) =>
        SendAsync(staff, RealtimeGroups.Role(tenantId, role), method, payload, ct);

    public Task ToStoreStaffAsync(Guid tenantId, Guid storeId, string method, object payload, CancellationToken ct) =>
        SendAsync(staff, RealtimeGroups.StoreStaff(tenantId, storeId), method, payload, ct);

    public Task ToStationAsync(Guid tenantId, Guid storeId, string station, string method, object payload, CancellationToken ct) =>
        SendAsync(staff, RealtimeGroups.Station(tenantId, storeId, station), method, payload, ct);

    // A user may have a staff screen and the mini-program open: both hubs.
    public async Task ToUserAsync(Guid userId, string method, object payload, CancellationToken ct)
    {
        await SendAsync(staff, RealtimeGroups.User(userId), method, payload, ct);
        await SendAsync(customers, RealtimeGroups.User(userId), method, payload, ct);
    }

    public Task ToStoreWatchersAsync(Guid storeId, string method, object payload, CancellationToken ct) =>
        SendAsync(customers, RealtimeGroups.StoreWatchers(storeId), method, payload, ct);

    private async Task SendAsync<THub>(IHubContext<THub> hub, string group, string method, object payload, CancellationToken ct) where THub : Hub
    {
        try
        {
            await hub.Clients.Group(group).SendAsync(method, payload, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Real-time push {Method} to {Group} dropped: {Error}", method, group, e.Message);
        }
    }
}
