using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Loyalty;

internal sealed class PointsRepository(LocalLifeDbContext db) : IPointsRepository
{
    public async Task<PointsAccount> LockAccountAsync(Guid customerId, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("Points move only inside a transaction.");
        // Create-if-missing without a race: two first movements of a new customer both end up on the one row.
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO points_accounts (id, customer_id, balance, lifetime_earned, cumulative_spend_fen, level_code, concurrency_stamp) VALUES ({Guid.CreateVersion7()}, {customerId}, 0, 0, 0, 'normal', {Guid.NewGuid().ToString("N")}) ON CONFLICT (customer_id) DO NOTHING",
            ct);
        var locked = await db.Set<PointsAccount>().FromSqlInterpolated($"SELECT * FROM points_accounts WHERE customer_id = {customerId} FOR UPDATE").ToListAsync(ct);
        return locked.Single();
    }

    public Task<PointsAccount?> FindAccountAsync(Guid customerId, CancellationToken ct) =>
        db.Set<PointsAccount>().AsNoTracking().FirstOrDefaultAsync(a => a.CustomerId == customerId, ct);

    public Task<PointsEntry?> FindEntryAsync(Guid accountId, string idempotencyKey, CancellationToken ct) =>
        db.Set<PointsEntry>().FirstOrDefaultAsync(e => e.AccountId == accountId && e.IdempotencyKey == idempotencyKey, ct);

    public async Task<IReadOnlyList<PointsLot>> GetOpenLotsAsync(Guid accountId, CancellationToken ct) =>
        await db.Set<PointsLot>().Where(l => l.AccountId == accountId && l.Remaining > 0).OrderBy(l => l.ExpiresAt).ThenBy(l => l.Id).ToListAsync(ct);

    public async Task<IReadOnlyList<PointsAllocation>> GetAllocationsAsync(Guid entryId, CancellationToken ct) =>
        await db.Set<PointsAllocation>().Where(a => a.EntryId == entryId).ToListAsync(ct);

    public async Task<IReadOnlyList<PointsLot>> GetLotsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        await db.Set<PointsLot>().Where(l => ids.Contains(l.Id)).ToListAsync(ct);

    public Task<PointsLot?> FindLotByEntryAsync(Guid entryId, CancellationToken ct) => db.Set<PointsLot>().FirstOrDefaultAsync(l => l.EntryId == entryId, ct);

    public async Task AddAsync(object row, CancellationToken ct) => await db.AddAsync(row, ct);

    public async Task<IReadOnlyList<Guid>> GetCustomersWithExpiredLotsAsync(DateTimeOffset now, int take, CancellationToken ct) =>
        await (from l in db.Set<PointsLot>()
               join a in db.Set<PointsAccount>() on l.AccountId equals a.Id
               where l.Remaining > 0 && l.ExpiresAt <= now
               select a.CustomerId).Distinct().Take(take).ToListAsync(ct);

    public async Task<LoyaltySettings> GetSettingsAsync(CancellationToken ct)
    {
        // The default added by an earlier read in this unit of work is not in the database yet: the tracker has it.
        var settings = db.Set<LoyaltySettings>().Local.FirstOrDefault(s => s.Id == LoyaltySettings.SingletonId)
            ?? await db.Set<LoyaltySettings>().FirstOrDefaultAsync(s => s.Id == LoyaltySettings.SingletonId, ct);
        if (settings is not null) return settings;
        settings = LoyaltySettings.CreateDefault();
        db.Add(settings);
        return settings;
    }

    public async Task<IReadOnlyList<RebateRule>> GetActiveRulesAsync(CancellationToken ct) =>
        await db.Set<RebateRule>().Where(r => r.IsActive).ToListAsync(ct);
}
