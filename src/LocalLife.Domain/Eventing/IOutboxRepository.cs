namespace LocalLife.Eventing;

/// <summary>The outbox and inbox seen by operators and housekeeping; all of it is host-side, across every tenant.</summary>
public interface IOutboxRepository
{
    Task<OutboxStatistics> GetStatisticsAsync(CancellationToken ct);
    Task<(IReadOnlyList<OutboxMessage> Items, int TotalCount)> GetFailedAsync(int skip, int take, CancellationToken ct);
    Task<OutboxMessage> GetAsync(Guid id, CancellationToken ct);

    /// <summary>Deletes published outbox rows and inbox records older than <paramref name="before"/>.</summary>
    Task<(int Outbox, int Inbox)> DeleteProcessedBeforeAsync(DateTimeOffset before, CancellationToken ct);
}

public sealed record OutboxStatistics(long Pending, long Failed, long Published);
