namespace LocalLife.Bookings;

/// <summary>The lines of a booking's final spend; rebate rules by category name these.</summary>
public static class BookingSpendCategories
{
    public const string RoomFee = "room-fee";
    public const string Orders = "orders";
    public const string ServiceFee = "service-fee";
    public const string Extras = "extras";

    public static readonly IReadOnlyList<string> All = [RoomFee, Orders, ServiceFee, Extras];
}
