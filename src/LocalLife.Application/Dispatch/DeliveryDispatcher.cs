using LocalLife.BackgroundJobs;
using LocalLife.Ordering;
using LocalLife.Spaces;
using Microsoft.Extensions.Options;

namespace LocalLife.Dispatch;

/// <summary>
/// Turns ready orders into waiters' trips (§5.9.8) with <see cref="DispatchRules"/>: joins a nearby trip still at the pass or
/// starts one, and offers pending trips to the best waiter on duty. Runs inside the caller's transaction, serialised per store.
/// </summary>
public sealed class DeliveryDispatcher(
    IDeliveryTaskRepository tasks,
    IWaiterDutyRepository duties,
    ISpaceRepository spaces,
    IBackgroundJobScheduler jobs,
    IOptions<DispatchSettings> settings)
{
    public async Task<DeliveryTask> OrderReadyAsync(Order order, DateTimeOffset now, CancellationToken ct)
    {
        var open = await tasks.GetOpenForUpdateAsync(order.StoreId, ct);
        if (open.FirstOrDefault(t => t.Stops.Any(s => s.OrderId == order.Id)) is { } already) return already;
        var space = await spaces.GetAsync(order.SpaceId, ct);
        var target = new FloorPoint(space.Position.Floor, space.Position.X, space.Position.Y);
        var stop = new DeliveryStop(order.Id, order.Number, order.SpaceId, order.SpaceNumber, target, now);
        if (DispatchRules.ChooseTaskToJoin(open, target, now, settings.Value) is { } trip)
        {
            trip.AddStop(stop, now);
            return trip;
        }
        var task = new DeliveryTask(Guid.CreateVersion7(), order.TenantId!.Value, order.StoreId, stop, now);
        await tasks.InsertAsync(task, ct);
        await AssignAsync(task, [.. open, task], now, ct);
        return task;
    }

    /// <summary>Offers every pending trip of the store, oldest first (a waiter came on duty or became free). Needs a transaction.</summary>
    public async Task AssignPendingAsync(Guid storeId, DateTimeOffset now, CancellationToken ct)
    {
        var open = await tasks.GetOpenForUpdateAsync(storeId, ct);
        foreach (var task in open.Where(t => t.Status == DeliveryTaskStatus.Pending).OrderBy(t => t.CreatedAt).ToList())
            await AssignAsync(task, open, now, ct);
    }

    /// <summary>
    /// A lapsed offer nobody else could take (no one else on duty): offered again to the same waiter, still on duty, with a new
    /// window, rather than waiting unseen for the next dispatch event. False when they went off duty.
    /// </summary>
    public async Task<bool> OfferAgainAsync(DeliveryTask task, Guid waiterId, DateTimeOffset now, CancellationToken ct)
    {
        if (task.Status != DeliveryTaskStatus.Pending || await duties.FindAsync(task.StoreId, waiterId, ct) is not { OnDuty: true }) return false;
        Offer(task, waiterId, now);
        return true;
    }

    /// <summary>Offers the trip to this waiter (taking it from whoever had it) for the accept window; the timer moves it on if they don't answer.</summary>
    public void Offer(DeliveryTask task, Guid waiterId, DateTimeOffset now)
    {
        task.AssignTo(waiterId, now, settings.Value.AcceptWindow);
        jobs.Schedule<ReassignDeliveryJob, DeliveryJobArgs>(new(task.Id, waiterId), task.AcceptBy!.Value);
    }

    /// <summary>An order left the flow: its stop leaves its trip.</summary>
    public async Task OrderLeftAsync(Guid storeId, Guid orderId, DateTimeOffset now, CancellationToken ct)
    {
        if (await tasks.FindOpenByOrderAsync(storeId, orderId, ct) is { } task) task.DropStop(orderId, now);
    }

    private async Task AssignAsync(DeliveryTask task, IReadOnlyList<DeliveryTask> open, DateTimeOffset now, CancellationToken ct)
    {
        var onDuty = await duties.GetByStoreAsync(task.StoreId, onDutyOnly: true, ct);
        var load = open.Where(t => t.WaiterId is not null && t.IsOpen).GroupBy(t => t.WaiterId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var candidates = onDuty.Select(d => new WaiterCandidate(d.UserId, d.Position, load.GetValueOrDefault(d.UserId)));
        // Those who let it lapse come last: with nobody else on duty it goes back to them, but not straight back to the last one.
        var chosen = DispatchRules.ChooseWaiter(candidates.ToList(), task.Stops[0].Position, task.Declined)
                     ?? DispatchRules.ChooseWaiter(candidates.ToList(), task.Stops[0].Position, task.Declined.TakeLast(1).ToList());
        if (chosen is null) return; // stays pending until someone comes on duty or becomes free
        Offer(task, chosen.UserId, now);
    }
}
