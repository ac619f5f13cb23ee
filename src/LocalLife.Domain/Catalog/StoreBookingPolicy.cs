using LocalLife.Errors;

namespace LocalLife.Catalog;

/// <summary>
/// A store's booking rules: until when before arrival a customer may cancel with a refund, how long after the arrival
/// time a booking waits before it is a no-show, and whether a no-show gets the deposit back or forfeits it.
/// A booking keeps the rules it was made under.
/// </summary>
public sealed record StoreBookingPolicy(int CancelDeadlineMinutes, int NoShowGraceMinutes, bool RefundDepositOnNoShow)
{
    public static readonly StoreBookingPolicy Default = new(120, 30, false);

    public void Validate()
    {
        if (CancelDeadlineMinutes is < 0 or > 7 * 24 * 60 || NoShowGraceMinutes is < 0 or > 24 * 60)
            throw new BusinessException(CatalogErrorCodes.InvalidBookingPolicy);
    }
}
