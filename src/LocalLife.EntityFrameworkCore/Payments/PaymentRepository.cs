using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Payments;

internal sealed class PaymentRepository(LocalLifeDbContext db, CrossTenantReader reader) : IPaymentRepository
{
    public async Task InsertAsync(Payment payment, CancellationToken ct) => await db.Payments.AddAsync(payment, ct);

    public async Task<Payment> GetAsync(Guid id, CancellationToken ct) =>
        await db.Payments.Include(p => p.Refunds).FirstOrDefaultAsync(p => p.Id == id, ct)
        ?? throw new EntityNotFoundException(nameof(Payment), id);

    public async Task<Payment> GetForUpdateAsync(Guid id, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("GetForUpdateAsync needs an open transaction.");
        // Row-level security applies to the lock as to any read: another tenant's id locks nothing and is not found.
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM payments WHERE id = {id} FOR UPDATE", ct);
        // A copy tracked before the lock may be stale: read the row as it is now.
        foreach (var entry in db.ChangeTracker.Entries()
                     .Where(e => e.Entity is Payment p && p.Id == id || e.Entity is PaymentRefund r && r.PaymentId == id).ToList())
            entry.State = EntityState.Detached;
        return await GetAsync(id, ct);
    }

    public Task<Payment?> FindByOutTradeNoAcrossTenantsAsync(string outTradeNo, CancellationToken ct) =>
        reader.Db.Payments.FirstOrDefaultAsync(p => p.OutTradeNo == outTradeNo, ct);

    public Task<Payment?> FindOfCustomerAsync(Guid id, Guid customerId, CancellationToken ct) =>
        reader.Db.Payments.Include(p => p.Refunds).FirstOrDefaultAsync(p => p.Id == id && p.CustomerId == customerId, ct);

    public Task<Payment?> FindActiveAsync(PaymentKind kind, Guid businessOrderId, CancellationToken ct) =>
        db.Payments.Include(p => p.Refunds).FirstOrDefaultAsync(p => p.Kind == kind && p.BusinessOrderId == businessOrderId
            && p.Status != PaymentStatus.Closed && p.Status != PaymentStatus.Failed, ct);

    public async Task<(IReadOnlyList<Payment> Items, int TotalCount)> GetPageAsync(PaymentQuery q, int skip, int take, CancellationToken ct)
    {
        var query = db.Payments.AsNoTracking();
        if (q.Status is not null) query = query.Where(p => p.Status == q.Status);
        if (q.Kind is not null) query = query.Where(p => p.Kind == q.Kind);
        if (q.BusinessOrderId is not null) query = query.Where(p => p.BusinessOrderId == q.BusinessOrderId);
        if (!string.IsNullOrWhiteSpace(q.OutTradeNo)) query = query.Where(p => p.OutTradeNo == q.OutTradeNo.Trim());
        if (q.CreatedFrom is not null) query = query.Where(p => p.CreationTime >= q.CreatedFrom);
        if (q.CreatedTo is not null) query = query.Where(p => p.CreationTime < q.CreatedTo);
        var total = await query.CountAsync(ct);
        var items = await query.Include(p => p.Refunds).OrderByDescending(p => p.CreationTime).ThenByDescending(p => p.Id)
            .Skip(skip).Take(take).ToListAsync(ct);
        return (items, total);
    }

    public async Task<IReadOnlyList<(Guid Id, Guid? TenantId)>> GetExpiredAcrossTenantsAsync(DateTimeOffset now, int take, CancellationToken ct)
    {
        var rows = await reader.Db.Payments
            .Where(p => (p.Status == PaymentStatus.Created || p.Status == PaymentStatus.Pending) && p.ExpiresAt <= now)
            .OrderBy(p => p.ExpiresAt).Take(take).Select(p => new { p.Id, p.TenantId }).ToListAsync(ct);
        return rows.Select(r => (r.Id, r.TenantId)).ToList();
    }

    public Task<IReadOnlyList<PaymentDailyTotals>> GetTotalsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        TotalsAsync(db, from, to, ct);

    public Task<IReadOnlyList<PaymentDailyTotals>> GetTotalsAcrossTenantsAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct) =>
        TotalsAsync(reader.Db, from, to, ct);

    /// <summary>Per tenant among the rows <paramref name="source"/> sees: the current tenant's, or every tenant's on the reader.</summary>
    private static async Task<IReadOnlyList<PaymentDailyTotals>> TotalsAsync(LocalLifeDbContext source, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var paid = await source.Payments.AsNoTracking()
            .Where(p => p.PaidAt >= from && p.PaidAt < to)
            .GroupBy(p => p.TenantId)
            .Select(g => new { TenantId = g.Key, Count = g.Count(), Fen = g.Sum(p => p.AmountFen) })
            .ToListAsync(ct);
        var refunded = await source.PaymentRefunds.AsNoTracking()
            .Where(r => r.Status == PaymentRefundStatus.Succeeded && r.SucceededAt >= from && r.SucceededAt < to)
            .GroupBy(r => r.TenantId)
            .Select(g => new { TenantId = g.Key, Count = g.Count(), Fen = g.Sum(r => r.AmountFen) })
            .ToListAsync(ct);
        return paid.Select(p => p.TenantId).Union(refunded.Select(r => r.TenantId))
            .Select(tenant =>
            {
                var p = paid.FirstOrDefault(x => x.TenantId == tenant);
                var r = refunded.FirstOrDefault(x => x.TenantId == tenant);
                return new PaymentDailyTotals(tenant, p?.Count ?? 0, p?.Fen ?? 0, r?.Count ?? 0, r?.Fen ?? 0);
            })
            .ToList();
    }
}
