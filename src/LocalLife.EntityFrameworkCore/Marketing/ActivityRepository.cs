using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using LocalLife.Loyalty;
using LocalLife.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Marketing;

internal sealed class ActivityRepository(LocalLifeDbContext db, ICurrentTenant currentTenant) : IActivityRepository, IPointsBoosts
{
    public async Task<Activity> GetAsync(Guid id, CancellationToken ct) =>
        await db.Activities.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Activity), id);

    public async Task<(IReadOnlyList<Activity> Items, int Total)> GetPageAsync(ActivityStatus? status, int skip, int take, CancellationToken ct)
    {
        var q = db.Activities.AsNoTracking().AsQueryable();
        if (status is { } s) q = q.Where(x => x.Status == s);
        var total = await q.CountAsync(ct);
        return (await q.OrderByDescending(x => x.StartsAt).ThenByDescending(x => x.Id).Skip(skip).Take(take).ToListAsync(ct), total);
    }

    public async Task InsertAsync(Activity activity, CancellationToken ct) => await db.Activities.AddAsync(activity, ct);

    public async Task<IReadOnlyList<Activity>> GetRunningAsync(Guid storeId, DateTimeOffset now, CancellationToken ct) =>
        [.. (await db.Activities.AsNoTracking().Where(x => x.Status == ActivityStatus.Active && x.StartsAt <= now && x.EndsAt > now).ToListAsync(ct))
            .Where(a => a.RunsAt(storeId, now))];

    public async Task<IReadOnlyDictionary<Guid, (int Total, int Customer)>> GetSoldAsync(Guid activityId, Guid? customerId, CancellationToken ct)
    {
        var rows = await db.ActivitySales.AsNoTracking()
            .Where(x => x.ActivityId == activityId && (x.CustomerId == Guid.Empty || x.CustomerId == customerId)).ToListAsync(ct);
        return rows.GroupBy(r => r.ProductId).ToDictionary(g => g.Key,
            g => (g.Where(r => r.CustomerId == Guid.Empty).Sum(r => r.Units), g.Where(r => r.CustomerId != Guid.Empty).Sum(r => r.Units)));
    }

    public async Task<bool> TryTakeAsync(Guid activityId, Guid productId, Guid customerId, int units, int perCustomerLimit, int totalLimit,
        CancellationToken ct)
    {
        // The total first (everyone's row), then the customer's: each a conditional upsert that only counts within its limit
        // (0: none). The rows stay locked until the order commits, so racing buyers of the last units queue.
        return await CountAsync(activityId, productId, Guid.Empty, units, totalLimit, ct)
               && await CountAsync(activityId, productId, customerId, units, perCustomerLimit, ct);
    }

    public async Task GiveBackAsync(Guid activityId, Guid productId, Guid customerId, int units, CancellationToken ct) =>
        await db.ActivitySales.Where(x => x.ActivityId == activityId && x.ProductId == productId && (x.CustomerId == Guid.Empty || x.CustomerId == customerId))
            .ExecuteUpdateAsync(u => u.SetProperty(x => x.Units, x => x.Units >= units ? x.Units - units : 0), ct);

    public async Task<int> MultiplierPercentAsync(Guid storeId, DateTimeOffset at, CancellationToken ct)
    {
        var running = (await GetRunningAsync(storeId, at, ct)).Where(a => a.Kind == ActivityKind.PointsMultiplier).ToList();
        return running.Count == 0 ? 100 : running.Max(a => a.MultiplierPercent);
    }

    private async Task<bool> CountAsync(Guid activityId, Guid productId, Guid customerId, int units, int limit, CancellationToken ct)
    {
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("Activity sales are counted as the store's tenant.");
        var counted = await db.Database.SqlQuery<int>($"""
            INSERT INTO activity_sales (tenant_id, activity_id, product_id, customer_id, units)
            SELECT {tenantId}, {activityId}, {productId}, {customerId}, {units} WHERE {limit} = 0 OR {units} <= {limit}
            ON CONFLICT (activity_id, product_id, customer_id) DO UPDATE SET units = activity_sales.units + excluded.units
                WHERE {limit} = 0 OR activity_sales.units + excluded.units <= {limit}
            RETURNING units AS "Value"
            """).ToListAsync(ct);
        return counted.Count == 1;
    }
}
