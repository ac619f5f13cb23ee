namespace LocalLife.Bookings;

/// <summary>
/// Every legal move of a booking's status. Paid (or free) bookings are confirmed; only a confirmed booking checks in;
/// only staff complete it; unpaid ones expire, confirmed ones may be cancelled or become no-shows.
/// </summary>
public static class BookingTransitions
{
    private static readonly Dictionary<BookingStatus, BookingStatus[]> Allowed = new()
    {
        [BookingStatus.PendingPayment] = [BookingStatus.Confirmed, BookingStatus.Cancelled, BookingStatus.Expired],
        [BookingStatus.Confirmed] = [BookingStatus.CheckedIn, BookingStatus.Cancelled, BookingStatus.NoShow],
        [BookingStatus.CheckedIn] = [BookingStatus.Completed],
        [BookingStatus.Completed] = [],
        [BookingStatus.Cancelled] = [],
        [BookingStatus.NoShow] = [],
        [BookingStatus.Expired] = [],
    };

    public static bool Allows(BookingStatus from, BookingStatus to) => Allowed[from].Contains(to);

    public static bool IsActive(BookingStatus status) => BookingConsts.ActiveStatuses.Contains(status);
}
