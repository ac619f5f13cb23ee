namespace LocalLife.Loyalty;

/// <summary>What moved points. Every movement is one ledger entry with an idempotency key.</summary>
public enum PointsEntryKind
{
    Earn = 1,
    Redeem = 2,
    Expire = 3,
    Adjust = 4,
    /// <summary>Points earned on a spend that was refunded are taken back.</summary>
    RefundReversal = 5,
    /// <summary>Points redeemed on a payment that was cancelled or refunded are given back.</summary>
    RedeemReversal = 6,
    /// <summary>A member perk from the platform, such as the birthday bonus.</summary>
    Bonus = 7,
}

/// <summary>The business documents points may pay for (platform rule) or be earned on.</summary>
public enum PointsDocumentType
{
    BookingDeposit = 1,
    MenuOrder = 2,
    BookingSettlement = 3,
    Manual = 4,
    /// <summary>Points spent on an item of the points mall (not an offset of money: the item's price is in points).</summary>
    PointsMall = 5,
}

/// <summary>What a merchant's rebate rule counts: the whole spend, or the spend in chosen categories.</summary>
public enum RebateBasis
{
    TotalSpend = 1,
    Categories = 2,
}
