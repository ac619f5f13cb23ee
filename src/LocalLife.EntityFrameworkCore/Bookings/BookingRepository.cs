using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LocalLife.Bookings;

internal sealed class BookingRepository(LocalLifeDbContext db, CrossTenantReader reader) : IBookingRepository
{
    public async Task<Booking> GetAsync(Guid id, CancellationToken ct) =>
        await FindAsync(id, ct) ?? throw new EntityNotFoundException(nameof(Booking), id);

    public Task<Booking?> FindAsync(Guid id, CancellationToken ct) => db.Bookings.FirstOrDefaultAsync(x => x.Id == id, ct);

    public async Task<IReadOnlyList<Booking>> GetByCodeAsync(string code, CancellationToken ct) =>
        await db.Bookings.Where(x => x.CheckInCode == code).OrderByDescending(x => x.CreationTime).Take(10).ToListAsync(ct);

    public Task<bool> IsCodeOfAnotherTenantAsync(string code, Guid? tenantId, CancellationToken ct) =>
        reader.Db.Bookings.AnyAsync(x => x.CheckInCode == code && x.TenantId != tenantId, ct);

    public Task<Booking?> FindCheckedInAsync(Guid spaceId, CancellationToken ct) =>
        db.Bookings.AsNoTracking().FirstOrDefaultAsync(x => x.SpaceId == spaceId && x.Status == BookingStatus.CheckedIn, ct);

    public Task<(IReadOnlyList<Booking> Items, int Total)> GetPageAsync(BookingQuery query, int skip, int take, CancellationToken ct) =>
        PageAsync(db.Bookings.AsNoTracking(), query, skip, take, ct);

    public Task<(IReadOnlyList<Booking> Items, int Total)> GetPageOfCustomerAsync(Guid customerId, IReadOnlyList<BookingStatus>? statuses, int skip,
        int take, CancellationToken ct) =>
        PageAsync(reader.Db.Bookings, new BookingQuery(CustomerId: customerId, Statuses: statuses), skip, take, ct);

    public Task<Booking?> FindOfCustomerAsync(Guid id, Guid customerId, CancellationToken ct) =>
        reader.Db.Bookings.FirstOrDefaultAsync(x => x.Id == id && x.CustomerId == customerId, ct);

    private static async Task<(IReadOnlyList<Booking> Items, int Total)> PageAsync(IQueryable<Booking> q, BookingQuery query, int skip, int take,
        CancellationToken ct)
    {
        if (query.CustomerId is { } customer) q = q.Where(x => x.CustomerId == customer);
        if (query.StoreId is { } store) q = q.Where(x => x.StoreId == store);
        if (query.SpaceId is { } space) q = q.Where(x => x.SpaceId == space);
        if (query.Statuses is { Count: > 0 } statuses) q = q.Where(x => statuses.Contains(x.Status));
        if (query.ArriveFrom is { } from) q = q.Where(x => x.ArriveAt >= from);
        if (query.ArriveTo is { } to) q = q.Where(x => x.ArriveAt < to);
        var total = await q.CountAsync(ct);
        var items = await q.OrderByDescending(x => x.ArriveAt).ThenByDescending(x => x.Id).Skip(skip).Take(take).ToListAsync(ct);
        return (items, total);
    }

    public async Task<IReadOnlyList<Booking>> GetArrivalsAsync(Guid storeId, DateTimeOffset from, DateTimeOffset to, IReadOnlyList<BookingStatus> statuses,
        CancellationToken ct) =>
        await db.Bookings.AsNoTracking()
            .Where(x => x.StoreId == storeId && x.ArriveAt >= from && x.ArriveAt < to && statuses.Contains(x.Status))
            .OrderBy(x => x.ArriveAt).ThenBy(x => x.Id).ToListAsync(ct);

    public async Task InsertAsync(Booking booking, CancellationToken ct) => await db.Bookings.AddAsync(booking, ct);

    public async Task SaveNewAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException e)
        {
            // The space changed after it was read as free: another booking (or staff) took it first.
            throw new BusinessException(BookingErrorCodes.SpaceNotFree, e.Message);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg
                                          && pg.ConstraintName == BookingConfiguration.OneActivePerSpaceIndex)
        {
            throw new BusinessException(BookingErrorCodes.SpaceNotFree, e.Message);
        }
    }
}
