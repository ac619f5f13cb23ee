namespace LocalLife.Bookings;

public interface IBookingRepository
{
    /// <summary>A booking of the current tenant; another tenant's booking is not found.</summary>
    Task<Booking> GetAsync(Guid id, CancellationToken ct);

    Task<Booking?> FindAsync(Guid id, CancellationToken ct);

    /// <summary>Bookings of the current tenant with this check-in code, newest first.</summary>
    Task<IReadOnlyList<Booking>> GetByCodeAsync(string code, CancellationToken ct);

    /// <summary>Whether a tenant other than <paramref name="tenantId"/> has a booking with this check-in code (on the reader).</summary>
    Task<bool> IsCodeOfAnotherTenantAsync(string code, Guid? tenantId, CancellationToken ct);

    /// <summary>The booking checked in to this space now, if any (orders from the room belong to it).</summary>
    Task<Booking?> FindCheckedInAsync(Guid spaceId, CancellationToken ct);

    Task<(IReadOnlyList<Booking> Items, int Total)> GetPageAsync(BookingQuery query, int skip, int take, CancellationToken ct);

    /// <summary>Every booking of a store arriving in [from, to) in these statuses, by arrival (a day's arrivals, whole).</summary>
    Task<IReadOnlyList<Booking>> GetArrivalsAsync(Guid storeId, DateTimeOffset from, DateTimeOffset to, IReadOnlyList<BookingStatus> statuses,
        CancellationToken ct);

    /// <summary>A customer's bookings at every merchant, newest arrival first. Read-only, on the reader.</summary>
    Task<(IReadOnlyList<Booking> Items, int Total)> GetPageOfCustomerAsync(Guid customerId, IReadOnlyList<BookingStatus>? statuses, int skip, int take,
        CancellationToken ct);

    /// <summary>The customer's booking at whichever merchant; null when absent or someone else's. Read-only, on the reader.</summary>
    Task<Booking?> FindOfCustomerAsync(Guid id, Guid customerId, CancellationToken ct);

    Task InsertAsync(Booking booking, CancellationToken ct);

    /// <summary>
    /// Saves a new booking with its space. Losing the race for the space (the partial unique index on active
    /// bookings, or the space's concurrency stamp) is reported as <see cref="BookingErrorCodes.SpaceNotFree"/>.
    /// </summary>
    Task SaveNewAsync(CancellationToken ct);
}

/// <summary>Filters of a booking list; null means any.</summary>
public sealed record BookingQuery(
    Guid? CustomerId = null,
    Guid? StoreId = null,
    Guid? SpaceId = null,
    IReadOnlyList<BookingStatus>? Statuses = null,
    DateTimeOffset? ArriveFrom = null,
    DateTimeOffset? ArriveTo = null);
