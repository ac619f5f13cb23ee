using System.Text.RegularExpressions;
using LocalLife.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LocalLife.RealTime;

/// <summary>
/// <c>/hubs/staff</c>: merchant staff screens (front desk, kitchen display, waiter). On connect a member joins its
/// tenant's group, its role groups and its user group; stores and stations are joined on request. Every group name
/// is built from the token's tenant, so no argument a client sends can reach another tenant's group.
/// </summary>
[Authorize(Policy = LocalLifePolicies.Merchant)]
public sealed partial class StaffHub(ILogger<StaffHub> logger) : Hub
{
    public const string Path = "/hubs/staff";

    public override async Task OnConnectedAsync()
    {
        var tenantId = TenantId;
        await JoinAsync(RealtimeGroups.TenantStaff(tenantId));
        foreach (var role in Context.User!.FindAll(Claims.Role).Select(c => c.Value))
            await JoinAsync(RealtimeGroups.Role(tenantId, role));
        if (Guid.TryParse(Context.UserIdentifier, out var userId)) await JoinAsync(RealtimeGroups.User(userId));
        await base.OnConnectedAsync();
    }

    /// <summary>Live updates of one store of the caller's tenant (new orders, space status).</summary>
    public Task JoinStore(Guid storeId) => JoinAsync(RealtimeGroups.StoreStaff(TenantId, storeId));

    public Task LeaveStore(Guid storeId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, RealtimeGroups.StoreStaff(TenantId, storeId));

    /// <summary>A kitchen or bar station of a store: its tickets only.</summary>
    public Task JoinStation(Guid storeId, string station)
    {
        if (string.IsNullOrEmpty(station) || !StationPattern().IsMatch(station)) throw new HubException("LocalLife:RealTime:InvalidStation");
        return JoinAsync(RealtimeGroups.Station(TenantId, storeId, station));
    }

    private Guid TenantId => Guid.Parse(Context.User!.FindFirst(LocalLifeClaimTypes.TenantId)!.Value); // the policy requires it

    // Joining subscribes through the backplane; with Redis away the connection stays, without live updates.
    private async Task JoinAsync(string group)
    {
        try { await Groups.AddToGroupAsync(Context.ConnectionId, group); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Could not join {Group}: {Error}", group, e.Message);
        }
    }

    [GeneratedRegex("^[a-z0-9-]{1,32}$")]
    private static partial Regex StationPattern();
}
