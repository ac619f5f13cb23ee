namespace LocalLife.Dispatch;

/// <summary>A waiter who could take a task: where they are and how many open tasks they hold.</summary>
public sealed record WaiterCandidate(Guid UserId, FloorPoint Position, int OpenTasks);

/// <summary>
/// The dispatch rules (§5.9.8), pure so they are tested without I/O.
/// Assignment: an idle waiter (no open task) before a busy one; then the nearest by <see cref="FloorPoint.DistanceTo"/> (same
/// floor first, Manhattan distance); then the fewest open tasks; then the id, so the choice is stable.
/// Merging: a ready order joins a task still at the pass that was created within the window and whose first stop is on the
/// same floor within the merge distance, up to a number of stops.
/// </summary>
public static class DispatchRules
{
    public static WaiterCandidate? ChooseWaiter(IEnumerable<WaiterCandidate> candidates, FloorPoint target, IReadOnlyCollection<Guid> excluded) =>
        candidates.Where(c => !excluded.Contains(c.UserId))
            .OrderBy(c => c.OpenTasks > 0)
            .ThenBy(c => c.Position.DistanceTo(target))
            .ThenBy(c => c.OpenTasks)
            .ThenBy(c => c.UserId)
            .FirstOrDefault();

    public static DeliveryTask? ChooseTaskToJoin(IEnumerable<DeliveryTask> open, FloorPoint target, DateTimeOffset now, DispatchSettings settings) =>
        open.Where(t => t.CanTakeStops && now - t.CreatedAt <= settings.MergeWindow && t.Stops.Count < settings.MaxStops)
            .Where(t => t.Stops[0].Position.SameFloor(target) && t.Stops[0].Position.DistanceTo(target) <= settings.MergeDistance)
            .OrderBy(t => t.Stops[0].Position.DistanceTo(target))
            .ThenBy(t => t.CreatedAt)
            .FirstOrDefault();
}

/// <summary>Dispatch settings: how long a waiter has to accept, and which ready orders share a trip.</summary>
public sealed record DispatchSettings
{
    public TimeSpan AcceptWindow { get; init; } = TimeSpan.FromSeconds(60);
    public TimeSpan MergeWindow { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Floor-plan units (Manhattan) between the first stop and a new one that still count as nearby.</summary>
    public int MergeDistance { get; init; } = 10;

    public int MaxStops { get; init; } = 4;
}
