using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LocalLife.Marketing;

internal sealed class MallRepository(LocalLifeDbContext db) : IMallRepository
{
    public async Task<MallItem> GetItemAsync(Guid id, CancellationToken ct) =>
        await db.MallItems.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new EntityNotFoundException(nameof(MallItem), id);

    public async Task<(IReadOnlyList<MallItem> Items, int Total)> GetItemsAsync(bool activeOnly, int skip, int take, CancellationToken ct)
    {
        var q = db.MallItems.AsNoTracking().AsQueryable();
        if (activeOnly) q = q.Where(x => x.Status == MallItemStatus.Active && (x.Stock == null || x.RedeemedCount < x.Stock));
        var total = await q.CountAsync(ct);
        return (await q.OrderBy(x => x.PointsCost).ThenBy(x => x.Id).Skip(skip).Take(take).ToListAsync(ct), total);
    }

    public async Task InsertItemAsync(MallItem item, CancellationToken ct) => await db.MallItems.AddAsync(item, ct);

    public async Task<bool> TryRedeemAsync(Guid itemId, CancellationToken ct) =>
        await db.MallItems.Where(x => x.Id == itemId && (x.Stock == null || x.RedeemedCount < x.Stock))
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.RedeemedCount, x => x.RedeemedCount + 1), ct) == 1;

    public Task<int> CountOfItemAsync(Guid itemId, Guid customerId, CancellationToken ct) =>
        db.MallRedemptions.CountAsync(x => x.ItemId == itemId && x.CustomerId == customerId, ct);

    public async Task<IReadOnlyDictionary<Guid, int>> CountHeldAsync(Guid customerId, IReadOnlyCollection<Guid> itemIds, CancellationToken ct) =>
        await db.MallRedemptions.Where(x => x.CustomerId == customerId && itemIds.Contains(x.ItemId)).GroupBy(x => x.ItemId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    public async Task InsertRedemptionAsync(MallRedemption redemption, CancellationToken ct) => await db.MallRedemptions.AddAsync(redemption, ct);

    public async Task SaveRedemptionAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg
                                          && pg.ConstraintName == MallRedemptionConfiguration.SequenceIndex)
        {
            throw new BusinessException(MarketingErrorCodes.MallLimitReached, e.Message);
        }
    }

    public async Task<(IReadOnlyList<MallRedemption> Items, int Total)> GetRedemptionsOfCustomerAsync(Guid customerId, int skip, int take, CancellationToken ct)
    {
        var q = db.MallRedemptions.AsNoTracking().Where(x => x.CustomerId == customerId);
        var total = await q.CountAsync(ct);
        return (await q.OrderByDescending(x => x.RedeemedAt).ThenByDescending(x => x.Id).Skip(skip).Take(take).ToListAsync(ct), total);
    }

    public Task<MallRedemption?> FindVoucherAsync(Guid tenantId, string code, CancellationToken ct) =>
        db.MallRedemptions.FirstOrDefaultAsync(x => x.IssuerTenantId == tenantId && x.VoucherCode == code, ct);

    public async Task<(int Redemptions, long Points, int Collected)> GetItemUsageAsync(Guid itemId, CancellationToken ct)
    {
        var row = await db.MallRedemptions.Where(x => x.ItemId == itemId).GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Points = g.Sum(x => x.Points), Collected = g.Count(x => x.Status == MallRedemptionStatus.Collected) })
            .FirstOrDefaultAsync(ct);
        return (row?.Count ?? 0, row?.Points ?? 0, row?.Collected ?? 0);
    }
}
