namespace LocalLife.Eventing;

/// <summary>
/// The outbox and inbox seen by operators and housekeeping: host-side, over every tenant. Reads of every tenant go through
/// the cross-tenant reader; a change is made as the row's own tenant.
/// </summary>
public interface IOutboxRepository
{
    Task<OutboxStatistics> GetStatisticsAsync(CancellationToken ct);
    Task<(IReadOnlyList<OutboxMessage> Items, int TotalCount)> GetFailedAsync(int skip, int take, CancellationToken ct);

    /// <summary>The tenant a message was written for (null: the host's); not found when absent.</summary>
    Task<Guid?> GetTenantIdAcrossTenantsAsync(Guid id, CancellationToken ct);

    /// <summary>A message of the current tenant, tracked (to be retried).</summary>
    Task<OutboxMessage> GetAsync(Guid id, CancellationToken ct);

    /// <summary>Deletes published outbox rows and inbox records older than <paramref name="before"/>, of every tenant.</summary>
    Task<(int Outbox, int Inbox)> DeleteProcessedBeforeAsync(DateTimeOffset before, CancellationToken ct);
}

public sealed record OutboxStatistics(long Pending, long Failed, long Published);
