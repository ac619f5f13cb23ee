using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using LocalLife.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Eventing;

/// <summary>
/// Every tenant's outbox for the host: read on the cross-tenant reader, changed (retried, deleted) on the app's context as
/// each row's tenant, since the app's role sees one tenant at a time and the reader's role writes nothing.
/// </summary>
internal sealed class OutboxRepository(LocalLifeDbContext db, CrossTenantReader reader, ICurrentTenant currentTenant) : IOutboxRepository
{
    public async Task<OutboxStatistics> GetStatisticsAsync(CancellationToken ct)
    {
        var counts = await reader.Db.OutboxMessages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.LongCount() }).ToListAsync(ct);
        long Of(OutboxMessageStatus status) => counts.FirstOrDefault(c => c.Key == status)?.Count ?? 0;
        return new OutboxStatistics(Of(OutboxMessageStatus.Pending), Of(OutboxMessageStatus.Failed), Of(OutboxMessageStatus.Published));
    }

    public async Task<(IReadOnlyList<OutboxMessage> Items, int TotalCount)> GetFailedAsync(int skip, int take, CancellationToken ct)
    {
        var query = reader.Db.OutboxMessages.Where(m => m.Status == OutboxMessageStatus.Failed);
        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(m => m.LastAttemptTime).ThenBy(m => m.Id).Skip(skip).Take(take).ToListAsync(ct);
        return (items, total);
    }

    public async Task<Guid?> GetTenantIdAcrossTenantsAsync(Guid id, CancellationToken ct) =>
        (await reader.Db.OutboxMessages.Where(m => m.Id == id).Select(m => new { m.TenantId }).FirstOrDefaultAsync(ct)
         ?? throw new EntityNotFoundException(nameof(OutboxMessage), id)).TenantId;

    public async Task<OutboxMessage> GetAsync(Guid id, CancellationToken ct) =>
        await db.OutboxMessages.FirstOrDefaultAsync(m => m.Id == id, ct) ?? throw new EntityNotFoundException(nameof(OutboxMessage), id);

    public async Task<(int Outbox, int Inbox)> DeleteProcessedBeforeAsync(DateTimeOffset before, CancellationToken ct)
    {
        IQueryable<OutboxMessage> Published(LocalLifeDbContext source) =>
            source.OutboxMessages.Where(m => m.Status == OutboxMessageStatus.Published && m.PublishedTime < before);
        IQueryable<InboxRecord> Handled(LocalLifeDbContext source) => source.InboxRecords.Where(r => r.HandledTime < before);

        var tenants = await Published(reader.Db).Select(m => m.TenantId).Union(Handled(reader.Db).Select(r => r.TenantId)).ToListAsync(ct);
        var (outbox, inbox) = (0, 0);
        foreach (var tenant in tenants)
        {
            using (currentTenant.Change(tenant))
            {
                outbox += await Published(db).ExecuteDeleteAsync(ct);
                inbox += await Handled(db).ExecuteDeleteAsync(ct);
            }
        }
        return (outbox, inbox);
    }
}
