using LocalLife.Payments;

namespace LocalLife.Bookings;

/// <summary>
/// What a booking costs up front: the space's price at the arrival time, the deposit ratio, and the deposit as a
/// payable amount (points may pay part of it; the rest is the cash to pay).
/// </summary>
public sealed record BookingDeposit(long PriceFen, int DepositPercent, PayableAmount Amount)
{
    public long DepositFen => Amount.ItemsFen;

    /// <summary>What took the discount of <see cref="Amount"/> off (a deposit coupon).</summary>
    public IReadOnlyList<PayableDiscount> Discounts { get; init; } = [];

    public static BookingDeposit Of(long priceFen, int depositPercent) =>
        new(priceFen, depositPercent, PayableAmount.Of(priceFen * depositPercent / 100));

    /// <summary>The same deposit paid as the checkout quoted it (discounts, then points).</summary>
    public BookingDeposit With(PayableAmount amount, IReadOnlyList<PayableDiscount> discounts) =>
        amount.ItemsFen == DepositFen && amount.DiscountFen == discounts.Sum(d => d.AmountFen)
            ? this with { Amount = amount, Discounts = discounts }
            : throw new ArgumentException("The amount is of another deposit, or its discounts do not add up.", nameof(amount));
}
