namespace LocalLife.Bookings;

public static class BookingConsts
{
    /// <summary>How long the customer has to pay the deposit before the booking expires and the space is freed.</summary>
    public static readonly TimeSpan PaymentWindow = TimeSpan.FromMinutes(15);

    /// <summary>How far ahead a customer may book.</summary>
    public static readonly TimeSpan MaxAdvance = TimeSpan.FromDays(30);

    /// <summary>How far ahead a member whose level has the priority-booking perk may book.</summary>
    public static readonly TimeSpan PriorityMaxAdvance = TimeSpan.FromDays(60);

    public const int CheckInCodeLength = 8;

    /// <summary>The statuses that hold the space; the partial unique index on space_id lists the same ones.</summary>
    public static readonly BookingStatus[] ActiveStatuses = [BookingStatus.PendingPayment, BookingStatus.Confirmed, BookingStatus.CheckedIn];
}
