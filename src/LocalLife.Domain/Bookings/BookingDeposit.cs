namespace LocalLife.Bookings;

/// <summary>
/// What a booking costs up front, in fen: the space's price at the arrival time, the deposit ratio, the deposit,
/// the points that pay part of it and their value, and the cash left to pay.
/// </summary>
public sealed record BookingDeposit(long PriceFen, int DepositPercent, long DepositFen, long PointsUsed, long PointsFen)
{
    public long CashFen => DepositFen - PointsFen;

    public static BookingDeposit Of(long priceFen, int depositPercent) =>
        new(priceFen, depositPercent, priceFen * depositPercent / 100, 0, 0);

    public BookingDeposit WithPoints(long points, long valueFen) => this with { PointsUsed = points, PointsFen = Math.Min(valueFen, DepositFen) };
}
