using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using LocalLife.Payments;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LocalLife.Marketing;

internal sealed class CouponTemplateRepository(LocalLifeDbContext db) : ICouponTemplateRepository
{
    public async Task<CouponTemplate> GetAsync(Guid id, CancellationToken ct) =>
        await FindAsync(id, ct) ?? throw new EntityNotFoundException(nameof(CouponTemplate), id);

    // The tenant filter would show a merchant the platform's rows too (tenant null); a template is the current side's only.
    public Task<CouponTemplate?> FindAsync(Guid id, CancellationToken ct) => db.CouponTemplates.FirstOrDefaultAsync(x => x.Id == id, ct);

    public async Task<(IReadOnlyList<CouponTemplate> Items, int Total)> GetPageAsync(CouponTemplateStatus? status, int skip, int take, CancellationToken ct)
    {
        var q = db.CouponTemplates.AsNoTracking().AsQueryable();
        if (status is { } s) q = q.Where(x => x.Status == s);
        var total = await q.CountAsync(ct);
        return (await q.OrderByDescending(x => x.CreationTime).ThenByDescending(x => x.Id).Skip(skip).Take(take).ToListAsync(ct), total);
    }

    public async Task<IReadOnlyList<CouponTemplate>> GetClaimableAsync(Guid? storeId, DateTimeOffset now, CancellationToken ct)
    {
        var claimable = await db.CouponTemplates.AsNoTracking()
            .Where(x => x.Status == CouponTemplateStatus.Active && !x.NewCustomerGift && (x.ValidTo == null || x.ValidTo > now) && x.IssuedCount < x.TotalQuantity)
            .OrderBy(x => x.CreationTime).ToListAsync(ct);
        return [.. claimable.Where(t => storeId is null || t.Rules.StoreIds.Count == 0 || t.Rules.StoreIds.Contains(storeId.Value))];
    }

    public async Task<IReadOnlyList<CouponTemplate>> GetNewCustomerGiftsAsync(DateTimeOffset now, CancellationToken ct) =>
        await db.CouponTemplates.Where(x => x.TenantId == null && x.NewCustomerGift && x.Status == CouponTemplateStatus.Active
            && (x.ValidTo == null || x.ValidTo > now)).ToListAsync(ct);

    public async Task InsertAsync(CouponTemplate template, CancellationToken ct) => await db.CouponTemplates.AddAsync(template, ct);

    public async Task<bool> TryIssueAsync(Guid templateId, CancellationToken ct) =>
        await db.CouponTemplates.Where(x => x.Id == templateId && x.IssuedCount < x.TotalQuantity)
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.IssuedCount, x => x.IssuedCount + 1), ct) == 1;
}

internal sealed class CouponRepository(LocalLifeDbContext db) : ICouponRepository
{
    public Task<Coupon?> FindAsync(Guid id, CancellationToken ct) => db.Coupons.FirstOrDefaultAsync(x => x.Id == id, ct);

    public async Task<(IReadOnlyList<Coupon> Items, int Total)> GetPageOfCustomerAsync(Guid customerId, CouponState? state, DateTimeOffset now, int skip,
        int take, CancellationToken ct)
    {
        var q = db.Coupons.AsNoTracking().Where(x => x.CustomerId == customerId);
        q = state switch
        {
            CouponState.Usable => q.Where(x => x.Status == CouponStatus.Available && x.ValidFrom <= now && x.ValidTo > now),
            CouponState.NotYetValid => q.Where(x => x.Status == CouponStatus.Available && x.ValidFrom > now),
            CouponState.Expired => q.Where(x => x.Status == CouponStatus.Available && x.ValidTo <= now),
            CouponState.Used => q.Where(x => x.Status == CouponStatus.Used),
            _ => q,
        };
        var total = await q.CountAsync(ct);
        var items = state == CouponState.Usable
            ? q.OrderBy(x => x.ValidTo).ThenBy(x => x.Id) // the one ending soonest first: use it before it is gone
            : q.OrderByDescending(x => x.ClaimedAt).ThenByDescending(x => x.Id);
        return (await items.Skip(skip).Take(take).ToListAsync(ct), total);
    }

    public async Task<IReadOnlyDictionary<Guid, int>> CountHeldAsync(Guid customerId, IReadOnlyCollection<Guid> templateIds, CancellationToken ct) =>
        await db.Coupons.Where(x => x.CustomerId == customerId && templateIds.Contains(x.TemplateId)).GroupBy(x => x.TemplateId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);

    public async Task<CouponUsage> GetUsageAsync(Guid templateId, DateTimeOffset now, CancellationToken ct)
    {
        var used = db.Coupons.Where(x => x.TemplateId == templateId && x.Status == CouponStatus.Used);
        var counts = await db.Coupons.Where(x => x.TemplateId == templateId).GroupBy(_ => 1).Select(g => new
        {
            Used = g.Count(x => x.Status == CouponStatus.Used),
            Expired = g.Count(x => x.Status == CouponStatus.Available && x.ValidTo <= now),
            Discount = g.Where(x => x.Status == CouponStatus.Used).Sum(x => x.DiscountFen),
        }).FirstOrDefaultAsync(ct);
        // The payables are the current tenant's: row-level security shows a merchant only its own orders and bookings.
        var orders = await db.Orders.Where(o => used.Any(c => c.UsedForKind == PaymentKind.MenuOrder && c.UsedForId == o.Id))
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Fen = g.Sum(o => o.Amount.ItemsFen) }).FirstOrDefaultAsync(ct);
        var bookings = await db.Bookings.Where(b => used.Any(c => c.UsedForKind == PaymentKind.BookingDeposit && c.UsedForId == b.Id))
            .GroupBy(_ => 1).Select(g => new { Count = g.Count(), Fen = g.Sum(b => b.Amount.ItemsFen) }).FirstOrDefaultAsync(ct);
        return new CouponUsage(counts?.Used ?? 0, counts?.Expired ?? 0, counts?.Discount ?? 0, orders?.Count ?? 0, orders?.Fen ?? 0, bookings?.Count ?? 0,
            bookings?.Fen ?? 0);
    }

    public async Task<IReadOnlyList<(Guid TenantId, int Used, long DiscountFen)>> GetPlatformFundedUseAsync(DateTimeOffset from, DateTimeOffset to,
        CancellationToken ct) =>
        (await db.Coupons.Where(x => x.IssuerTenantId == null && x.Status == CouponStatus.Used && x.UsedAt >= from && x.UsedAt < to)
            .GroupBy(x => x.UsedAtTenantId!.Value).Select(g => new { g.Key, Used = g.Count(), Fen = g.Sum(x => x.DiscountFen) })
            .OrderByDescending(x => x.Fen).ToListAsync(ct))
        .Select(x => (x.Key, x.Used, x.Fen)).ToList();

    public async Task<IReadOnlyList<Coupon>> GetUsableAsync(Guid customerId, Guid tenantId, DateTimeOffset now, CancellationToken ct) =>
        await db.Coupons.AsNoTracking()
            .Where(x => x.CustomerId == customerId && x.Status == CouponStatus.Available && x.ValidFrom <= now && x.ValidTo > now
                && (x.IssuerTenantId == null || x.IssuerTenantId == tenantId))
            .ToListAsync(ct);

    public Task<int> CountOfTemplateAsync(Guid templateId, Guid customerId, CancellationToken ct) =>
        db.Coupons.CountAsync(x => x.TemplateId == templateId && x.CustomerId == customerId, ct);

    public async Task InsertAsync(Coupon coupon, CancellationToken ct) => await db.Coupons.AddAsync(coupon, ct);

    public async Task SaveClaimAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg
                                          && pg.ConstraintName == CouponConfiguration.SequenceIndex)
        {
            // The same customer claimed the same template at the same moment: the other claim took this place.
            throw new BusinessException(MarketingErrorCodes.ClaimLimitReached, e.Message);
        }
    }

    public async Task<bool> TryUseAsync(Guid couponId, Guid customerId, PaymentKind kind, Guid payableId, Guid tenantId, long discountFen,
        DateTimeOffset now, CancellationToken ct) =>
        await db.Coupons.Where(x => x.Id == couponId && x.CustomerId == customerId && x.Status == CouponStatus.Available && x.ValidFrom <= now && x.ValidTo > now)
            .ExecuteUpdateAsync(u => u
                .SetProperty(x => x.Status, CouponStatus.Used)
                .SetProperty(x => x.UsedAt, now)
                .SetProperty(x => x.UsedForKind, kind)
                .SetProperty(x => x.UsedForId, payableId)
                .SetProperty(x => x.UsedAtTenantId, tenantId)
                .SetProperty(x => x.DiscountFen, discountFen), ct) == 1;

    public async Task<bool> GiveBackAsync(PaymentKind kind, Guid payableId, CancellationToken ct) =>
        await db.Coupons.Where(x => x.UsedForKind == kind && x.UsedForId == payableId && x.Status == CouponStatus.Used)
            .ExecuteUpdateAsync(u => u
                .SetProperty(x => x.Status, CouponStatus.Available)
                .SetProperty(x => x.UsedAt, (DateTimeOffset?)null)
                .SetProperty(x => x.UsedForKind, (PaymentKind?)null)
                .SetProperty(x => x.UsedForId, (Guid?)null)
                .SetProperty(x => x.UsedAtTenantId, (Guid?)null)
                .SetProperty(x => x.DiscountFen, 0L), ct) == 1;

    public Task<Coupon?> FindUsedByAsync(PaymentKind kind, Guid payableId, CancellationToken ct) =>
        db.Coupons.AsNoTracking().FirstOrDefaultAsync(x => x.UsedForKind == kind && x.UsedForId == payableId, ct);
}

internal sealed class CustomerPurchases(LocalLifeDbContext db) : ICustomerPurchases
{
    public async Task<(bool AtMerchant, bool OnPlatform)> HasPurchasedAsync(Guid customerId, Guid tenantId, CancellationToken ct)
    {
        var atMerchant = await db.CustomerPurchases.AnyAsync(x => x.CustomerId == customerId && x.TenantId == tenantId, ct);
        return (atMerchant, atMerchant || await db.CustomerPurchases.AnyAsync(x => x.CustomerId == customerId, ct));
    }

    public async Task RecordAsync(Guid customerId, Guid tenantId, DateTimeOffset at, CancellationToken ct) =>
        await db.Database.ExecuteSqlAsync($"""
            INSERT INTO customer_purchases (customer_id, tenant_id, first_at) VALUES ({customerId}, {tenantId}, {at})
            ON CONFLICT (customer_id, tenant_id) DO NOTHING
            """, ct);
}
