using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using LocalLife.Ordering;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Kitchen;

internal sealed class KitchenTicketRepository(LocalLifeDbContext db) : IKitchenTicketRepository
{
    public async Task<KitchenTicket> GetAsync(Guid id, CancellationToken ct) =>
        await db.KitchenTickets.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new EntityNotFoundException(nameof(KitchenTicket), id);

    public async Task<IReadOnlyList<KitchenTicket>> GetByOrderAsync(Guid orderId, CancellationToken ct)
    {
        // Tickets created in this unit of work and not saved yet count too.
        var saved = await db.KitchenTickets.Where(x => x.OrderId == orderId).ToListAsync(ct);
        var added = db.ChangeTracker.Entries<KitchenTicket>().Where(e => e.State == EntityState.Added && e.Entity.OrderId == orderId).Select(e => e.Entity);
        return saved.Union(added).OrderBy(x => x.Station).ToList();
    }

    public async Task<IReadOnlyList<KitchenTicket>> GetOpenAsync(Guid storeId, Station station, CancellationToken ct) =>
        await db.KitchenTickets.AsNoTracking()
            .Where(x => x.StoreId == storeId && x.Station == station && (x.Status == TicketStatus.Queued || x.Status == TicketStatus.Preparing))
            .ToListAsync(ct);

    public async Task InsertAsync(KitchenTicket ticket, CancellationToken ct) => await db.KitchenTickets.AddAsync(ticket, ct);

    public async Task LockOrderAsync(Guid orderId, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null) throw new InvalidOperationException("Locking an order's tickets needs a transaction.");
        await db.Database.ExecuteSqlInterpolatedAsync($"SELECT pg_advisory_xact_lock(hashtext({"tickets:" + orderId.ToString("N")}))", ct);
    }
}
