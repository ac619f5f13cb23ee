using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Dispatch;

internal sealed class WaiterDutyRepository(LocalLifeDbContext db) : IWaiterDutyRepository
{
    public Task<WaiterDuty?> FindAsync(Guid storeId, Guid userId, CancellationToken ct) =>
        db.WaiterDuties.FirstOrDefaultAsync(x => x.StoreId == storeId && x.UserId == userId, ct);

    public async Task<IReadOnlyList<WaiterDuty>> GetByStoreAsync(Guid storeId, bool onDutyOnly, CancellationToken ct) =>
        await db.WaiterDuties.Where(x => x.StoreId == storeId && (!onDutyOnly || x.OnDuty)).OrderBy(x => x.Name).ToListAsync(ct);

    public async Task InsertAsync(WaiterDuty duty, CancellationToken ct) => await db.WaiterDuties.AddAsync(duty, ct);
}

internal sealed class DeliveryTaskRepository(LocalLifeDbContext db) : IDeliveryTaskRepository
{
    private static readonly DeliveryTaskStatus[] Open =
        [DeliveryTaskStatus.Pending, DeliveryTaskStatus.Assigned, DeliveryTaskStatus.Accepted, DeliveryTaskStatus.PickedUp];

    public async Task<DeliveryTask> GetAsync(Guid id, CancellationToken ct) =>
        await db.DeliveryTasks.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new EntityNotFoundException(nameof(DeliveryTask), id);

    /// <summary>
    /// A transaction-scoped advisory lock on the store serialises dispatch decisions of one store (two orders ready at once
    /// must not both start a new trip, nor both take the last idle waiter); other stores are not held up. Needs a transaction.
    /// </summary>
    public async Task<IReadOnlyList<DeliveryTask>> GetOpenForUpdateAsync(Guid storeId, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("Dispatch needs a transaction.");
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtext({"dispatch:" + storeId.ToString("N")}))", ct);
        var saved = await db.DeliveryTasks.Where(x => x.StoreId == storeId && Open.Contains(x.Status)).ToListAsync(ct);
        var added = db.ChangeTracker.Entries<DeliveryTask>().Where(e => e.State == EntityState.Added && e.Entity.StoreId == storeId).Select(e => e.Entity);
        return saved.Union(added).Where(x => x.IsOpen).OrderBy(x => x.CreatedAt).ToList();
    }

    public async Task<IReadOnlyList<DeliveryTask>> GetListAsync(Guid storeId, Guid? waiterId, bool openOnly, CancellationToken ct)
    {
        var q = db.DeliveryTasks.AsNoTracking().Where(x => x.StoreId == storeId);
        if (waiterId is { } w) q = q.Where(x => x.WaiterId == w);
        if (openOnly) q = q.Where(x => Open.Contains(x.Status));
        return await q.OrderByDescending(x => x.CreatedAt).Take(200).ToListAsync(ct);
    }

    public async Task<DeliveryTask?> FindOpenByOrderAsync(Guid storeId, Guid orderId, CancellationToken ct)
    {
        // A store has a handful of open tasks at a time; their stops are a JSON column, so the match is made in memory.
        var open = await db.DeliveryTasks.Where(x => x.StoreId == storeId && Open.Contains(x.Status)).ToListAsync(ct);
        return open.FirstOrDefault(t => t.Stops.Any(s => s.OrderId == orderId));
    }

    public async Task InsertAsync(DeliveryTask task, CancellationToken ct) => await db.DeliveryTasks.AddAsync(task, ct);
}
