using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using LocalLife.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Eventing;

/// <summary>Every query lifts the tenant filter (and with it row-level security): the outbox is operated by the host.</summary>
internal sealed class OutboxRepository(LocalLifeDbContext db, IDataFilter dataFilter) : IOutboxRepository
{
    public async Task<OutboxStatistics> GetStatisticsAsync(CancellationToken ct)
    {
        using var _ = dataFilter.Disable<IMultiTenant>();
        var counts = await db.OutboxMessages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);
        long Of(OutboxMessageStatus status) => counts.FirstOrDefault(c => c.Key == status)?.Count ?? 0;
        return new OutboxStatistics(Of(OutboxMessageStatus.Pending), Of(OutboxMessageStatus.Failed), Of(OutboxMessageStatus.Published));
    }

    public async Task<(IReadOnlyList<OutboxMessage> Items, int TotalCount)> GetFailedAsync(int skip, int take, CancellationToken ct)
    {
        using var _ = dataFilter.Disable<IMultiTenant>();
        var query = db.OutboxMessages.AsNoTracking().Where(m => m.Status == OutboxMessageStatus.Failed);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(m => m.LastAttemptTime).ThenBy(m => m.Id).Skip(skip).Take(take).ToListAsync(ct);
        return (items, total);
    }

    public async Task<OutboxMessage> GetAsync(Guid id, CancellationToken ct)
    {
        using var _ = dataFilter.Disable<IMultiTenant>();
        return await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new EntityNotFoundException(nameof(OutboxMessage), id);
    }

    public async Task<(int Outbox, int Inbox)> DeleteProcessedBeforeAsync(DateTimeOffset before, CancellationToken ct)
    {
        using var _ = dataFilter.Disable<IMultiTenant>();
        var outbox = await db.OutboxMessages.Where(m => m.Status == OutboxMessageStatus.Published && m.PublishedTime < before).ExecuteDeleteAsync(ct);
        var inbox = await db.InboxRecords.Where(r => r.HandledTime < before).ExecuteDeleteAsync(ct);
        return (outbox, inbox);
    }
}
