using LocalLife.Payments;

namespace LocalLife.Bookings;

/// <summary>
/// What a booking costs up front: the space's price at the arrival time, the deposit ratio, and the deposit as a
/// payable amount (points may pay part of it; the rest is the cash to pay).
/// </summary>
public sealed record BookingDeposit(long PriceFen, int DepositPercent, PayableAmount Amount)
{
    public long DepositFen => Amount.ItemsFen;

    public static BookingDeposit Of(long priceFen, int depositPercent) =>
        new(priceFen, depositPercent, PayableAmount.Of(priceFen * depositPercent / 100));

    /// <summary>The same deposit paid as the checkout quoted it (discounts, then points).</summary>
    public BookingDeposit With(PayableAmount amount) =>
        amount.ItemsFen == DepositFen ? this with { Amount = amount } : throw new ArgumentException("The amount is of another deposit.", nameof(amount));
}
