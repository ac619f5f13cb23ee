namespace LocalLife.Payments;

/// <summary>Where a discount of a payable came from.</summary>
public enum DiscountSource
{
    Coupon = 1,
    /// <summary>A limited-time activity (满减 without a coupon).</summary>
    Activity = 2,
}
