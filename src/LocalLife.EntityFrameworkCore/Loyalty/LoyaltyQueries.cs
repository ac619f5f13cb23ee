using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Loyalty;

internal sealed class LoyaltyQueries(LocalLifeDbContext db, CrossTenantReader reader) : ILoyaltyQueries
{
    public async Task<(IReadOnlyList<PointsEntry> Items, int TotalCount)> GetEntriesAsync(Guid accountId, int skip, int take, CancellationToken ct)
    {
        var query = db.Set<PointsEntry>().AsNoTracking().Where(e => e.AccountId == accountId);
        return (await query.OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Skip(skip).Take(take).ToListAsync(ct), await query.CountAsync(ct));
    }

    public async Task<long> GetExpiringAsync(Guid accountId, DateTimeOffset until, CancellationToken ct) =>
        await db.Set<PointsLot>().Where(l => l.AccountId == accountId && l.Remaining > 0 && l.ExpiresAt < until).SumAsync(l => l.Remaining, ct);

    // Deleted rules keep their names in the history.
    public async Task<IReadOnlyDictionary<Guid, string>> GetRuleNamesAsync(IReadOnlyCollection<Guid> ruleIds, CancellationToken ct) =>
        await reader.Db.Set<RebateRule>().IgnoreQueryFilters([LocalLifeDbContext.SoftDeleteFilter]).Where(r => ruleIds.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => r.Name, ct);

    public async Task<IReadOnlyList<SettlementLine>> GetSettlementAsync(DateTimeOffset from, DateTimeOffset to, Guid? tenantId, CancellationToken ct)
    {
        var query = db.Set<PointsAllocation>().AsNoTracking()
            .Where(a => !a.Reversed && a.At >= from && a.At < to && a.EarnedAtTenantId != a.SpentAtTenantId);
        if (tenantId is not null) query = query.Where(a => a.EarnedAtTenantId == tenantId || a.SpentAtTenantId == tenantId);
        return await query.GroupBy(a => new { a.EarnedAtTenantId, a.SpentAtTenantId })
            .Select(g => new SettlementLine(g.Key.EarnedAtTenantId, g.Key.SpentAtTenantId, g.Sum(a => a.Points)))
            .ToListAsync(ct);
    }
}
