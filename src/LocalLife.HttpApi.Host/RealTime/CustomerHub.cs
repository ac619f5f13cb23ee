using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace LocalLife.RealTime;

/// <summary>
/// <c>/hubs/customer</c>: the mini-program. A customer hears what concerns it (its user group) and may watch the live
/// space status of any store; it can reach no staff group, since staff groups exist only on the staff hub.
/// </summary>
[Authorize(Policy = LocalLifePolicies.Customer)]
public sealed class CustomerHub(ILogger<CustomerHub> logger) : Hub
{
    public const string Path = "/hubs/customer";

    public override async Task OnConnectedAsync()
    {
        if (Guid.TryParse(Context.UserIdentifier, out var userId)) await JoinAsync(RealtimeGroups.User(userId));
        await base.OnConnectedAsync();
    }

    public Task WatchStore(Guid storeId) => JoinAsync(RealtimeGroups.StoreWatchers(storeId));

    public Task UnwatchStore(Guid storeId) => Groups.RemoveFromGroupAsync(Context.ConnectionId, RealtimeGroups.StoreWatchers(storeId));

    private async Task JoinAsync(string group)
    {
        try { await Groups.AddToGroupAsync(Context.ConnectionId, group); }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("Could not join {Group}: {Error}", group, e.Message);
        }
    }
}
