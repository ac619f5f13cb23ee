using LocalLife.Loyalty;

namespace LocalLife.Payments;

/// <summary>
/// The checkout's arithmetic, the same for every payable: discounts first, then points on what is left (within the
/// platform's offset cap and the customer's balance), then the cash. <see cref="Points"/> is what the customer is
/// shown: how many points could be used and what would be left to pay.
/// </summary>
public sealed record PayableQuote(PayableAmount Amount, RedemptionPreview Points)
{
    public static PayableQuote For(long itemsFen, long discountFen, LoyaltySettings settings, long pointsBalance, PointsDocumentType document,
        bool usePoints)
    {
        var amount = PayableAmount.Of(itemsFen).WithDiscount(discountFen);
        var preview = PointsManager.Preview(settings, pointsBalance, document, amount.DueFen);
        if (usePoints && preview is { Allowed: true, MaxPoints: > 0 }) amount = amount.WithPoints(preview.MaxPoints, preview.MaxOffsetFen);
        return new PayableQuote(amount, preview);
    }
}
