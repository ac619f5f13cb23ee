namespace LocalLife.Bookings;

/// <summary>Where a booking stands; moves only through BookingTransitions.</summary>
public enum BookingStatus
{
    PendingPayment = 1,
    Confirmed = 2,
    CheckedIn = 3,
    Completed = 4,
    Cancelled = 5,
    NoShow = 6,
    Expired = 7,
}
