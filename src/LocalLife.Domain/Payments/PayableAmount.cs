using LocalLife.Errors;

namespace LocalLife.Payments;

/// <summary>
/// What a customer pays for one payable thing (a booking's deposit, an order, and next a bill or a points-mall
/// redemption), in fen: the items, what discounts took off them, what points paid of the rest, and the cash due.
/// Discounts come first and points after, so points never pay for what a coupon already took off; no part is ever
/// negative and the parts always add up (the database checks the same sum).
/// </summary>
public sealed record PayableAmount
{
    private PayableAmount() { } // EF

    private PayableAmount(long itemsFen, long discountFen, long pointsUsed, long pointsFen)
    {
        if (itemsFen < 0) throw Invalid("items", itemsFen);
        if (discountFen < 0 || discountFen > itemsFen) throw Invalid("discount", discountFen);
        if (pointsUsed < 0 || pointsFen < 0 || pointsFen > itemsFen - discountFen || pointsUsed == 0 && pointsFen > 0) throw Invalid("points", pointsFen);
        ItemsFen = itemsFen;
        DiscountFen = discountFen;
        PointsUsed = pointsUsed;
        PointsFen = pointsFen;
        CashFen = itemsFen - discountFen - pointsFen;
    }

    /// <summary>The items at the prices charged (member and promotion prices applied), before discounts.</summary>
    public long ItemsFen { get; private init; }

    /// <summary>What coupons and activities took off the items.</summary>
    public long DiscountFen { get; private init; }

    public long PointsUsed { get; private init; }

    /// <summary>What the points paid.</summary>
    public long PointsFen { get; private init; }

    /// <summary>What is left to pay in money.</summary>
    public long CashFen { get; private init; }

    /// <summary>The amount points may pay part of: the items less the discounts.</summary>
    public long DueFen => ItemsFen - DiscountFen;

    public static PayableAmount Of(long itemsFen) => new(itemsFen, 0, 0, 0);

    /// <summary>A discount replaces any earlier one and drops points chosen before it (they are chosen again on what is left).</summary>
    public PayableAmount WithDiscount(long discountFen) => new(ItemsFen, discountFen, 0, 0);

    public PayableAmount WithPoints(long points, long valueFen) => new(ItemsFen, DiscountFen, points, valueFen);

    private static BusinessException Invalid(string part, long fen) =>
        new BusinessException(PaymentErrorCodes.InvalidAmount).With("Part", part).With("Amount", fen);
}
