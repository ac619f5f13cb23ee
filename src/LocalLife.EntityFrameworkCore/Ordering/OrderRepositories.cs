using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Ordering;

internal sealed class CartRepository(LocalLifeDbContext db) : ICartRepository
{
    public Task<Cart?> FindAsync(Guid customerId, Guid spaceId, CancellationToken ct) =>
        db.Carts.FirstOrDefaultAsync(x => x.CustomerId == customerId && x.SpaceId == spaceId, ct);

    public async Task InsertAsync(Cart cart, CancellationToken ct) => await db.Carts.AddAsync(cart, ct);
}

internal sealed class OrderRepository(LocalLifeDbContext db, CrossTenantReader reader) : IOrderRepository
{
    public async Task<Order> GetAsync(Guid id, CancellationToken ct) => await FindAsync(id, ct) ?? throw new EntityNotFoundException(nameof(Order), id);

    public Task<Order?> FindAsync(Guid id, CancellationToken ct) => db.Orders.FirstOrDefaultAsync(x => x.Id == id, ct);

    public Task<(IReadOnlyList<Order> Items, int Total)> GetPageAsync(OrderQuery query, int skip, int take, CancellationToken ct) =>
        PageAsync(db.Orders.AsNoTracking(), query, skip, take, ct);

    public Task<(IReadOnlyList<Order> Items, int Total)> GetPageOfCustomerAsync(Guid customerId, IReadOnlyList<OrderStatus>? statuses, int skip, int take,
        CancellationToken ct) =>
        PageAsync(reader.Db.Orders, new OrderQuery(CustomerId: customerId, Statuses: statuses), skip, take, ct);

    public Task<Order?> FindOfCustomerAsync(Guid id, Guid customerId, CancellationToken ct) =>
        reader.Db.Orders.FirstOrDefaultAsync(x => x.Id == id && x.CustomerId == customerId, ct);

    private static async Task<(IReadOnlyList<Order> Items, int Total)> PageAsync(IQueryable<Order> q, OrderQuery query, int skip, int take,
        CancellationToken ct)
    {
        if (query.CustomerId is { } customer) q = q.Where(x => x.CustomerId == customer);
        if (query.StoreId is { } store) q = q.Where(x => x.StoreId == store);
        if (query.SpaceId is { } space) q = q.Where(x => x.SpaceId == space);
        if (query.BookingId is { } booking) q = q.Where(x => x.BookingId == booking);
        if (query.Statuses is { Count: > 0 } statuses) q = q.Where(x => statuses.Contains(x.Status));
        if (query.PlacedFrom is { } from) q = q.Where(x => x.PlacedAt >= from);
        if (query.PlacedTo is { } to) q = q.Where(x => x.PlacedAt < to);
        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(x => x.PlacedAt).ThenByDescending(x => x.Id).Skip(skip).Take(take).ToListAsync(ct);
        return (items, total);
    }

    public Task<long> GetSpendOfBookingAsync(Guid bookingId, CancellationToken ct) =>
        db.Orders.Where(o => o.BookingId == bookingId && o.Status != OrderStatus.Placed && o.Status != OrderStatus.Cancelled)
            .SumAsync(o => o.Amount.ItemsFen - o.Amount.DiscountFen - o.RefundedFen, ct);

    public async Task<(int Orders, long DiscountFen)> GetActivityDiscountsAsync(Guid activityId, CancellationToken ct)
    {
        // The discounts are a jsonb list on the order (camelCase keys); row-level security keeps this to the current merchant.
        var row = (await db.Database.SqlQuery<ActivityDiscountRow>($"""
            SELECT count(DISTINCT o.id)::int AS orders, coalesce(sum((d ->> 'amountFen')::bigint), 0)::bigint AS discount_fen
            FROM orders o CROSS JOIN LATERAL jsonb_array_elements(o.discounts) d
            WHERE d ->> 'sourceId' = {activityId.ToString()} AND o.status <> 'Cancelled' AND o.is_deleted = false
            """).ToListAsync(ct)).Single();
        return (row.Orders, row.DiscountFen);
    }

    public async Task InsertAsync(Order order, CancellationToken ct) => await db.Orders.AddAsync(order, ct);

    private sealed class ActivityDiscountRow
    {
        public int Orders { get; init; }
        public long DiscountFen { get; init; }
    }
}
