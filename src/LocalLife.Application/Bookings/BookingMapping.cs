using LocalLife.Marketing;

namespace LocalLife.Bookings;

internal static class BookingMapping
{
    /// <summary>The customer sees the check-in code; staff do not (they get it from the customer).</summary>
    public static BookingDto ToDto(this Booking b, bool withCode) => new(
        b.Id, b.Number, withCode ? b.CheckInCode : null, b.StoreId, b.SpaceId, b.SpaceNumber, b.CustomerId, b.ArriveAt, b.PartySize, b.Status,
        b.PriceFen, b.DepositPercent, b.Amount.ItemsFen, b.Amount.PointsUsed, b.Amount.PointsFen, b.Amount.CashFen, b.PaymentId, b.PayBy,
        b.CancelBy, b.SpendFen, b.PointsEarned, b.CloseReason, Timeline(b), b.Amount.DiscountFen, b.Discounts.ToDto());

    private static List<BookingTimelineItemDto> Timeline(Booking b)
    {
        var items = new List<BookingTimelineItemDto> { new(BookingStatus.PendingPayment, b.CreationTime) };
        if (b.ConfirmedAt is { } confirmed) items.Add(new(BookingStatus.Confirmed, confirmed));
        if (b.CheckedInAt is { } checkedIn) items.Add(new(BookingStatus.CheckedIn, checkedIn));
        if (b.CompletedAt is { } completed) items.Add(new(BookingStatus.Completed, completed));
        if (b.ClosedAt is { } closed) items.Add(new(b.Status, closed));
        return items;
    }
}
