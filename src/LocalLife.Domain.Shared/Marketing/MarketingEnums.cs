namespace LocalLife.Marketing;

/// <summary>What a coupon template is, as merchants name it; each kind asks for its own fields (see CouponRules).</summary>
public enum CouponKind
{
    /// <summary>满减: an amount off from a minimum spend (满100减20).</summary>
    Threshold = 1,
    /// <summary>折扣: a share of the price paid (9折 pays 90 %), optionally capped.</summary>
    Percentage = 2,
    /// <summary>新人券: an amount off the first order at this merchant (or on the platform).</summary>
    NewCustomer = 3,
    /// <summary>时段券: an amount off within days and hours of the week (夜场 22:00–02:00).</summary>
    TimeWindow = 4,
    /// <summary>定金券: an amount off a booking's deposit.</summary>
    BookingDeposit = 5,
}

/// <summary>What a coupon may pay towards.</summary>
public enum CouponUse
{
    Orders = 1,
    Bookings = 2,
    Both = 3,
}

/// <summary>Whose first purchase a new-customer coupon is for.</summary>
public enum NewCustomerScope
{
    None = 0,
    /// <summary>The first paid order or booking at this merchant.</summary>
    Merchant = 1,
    /// <summary>The first paid order or booking anywhere on the platform.</summary>
    Platform = 2,
}

public enum CouponValidity
{
    /// <summary>Valid between fixed dates.</summary>
    FixedDates = 1,
    /// <summary>Valid for a number of days from the moment it is claimed.</summary>
    DaysAfterClaim = 2,
}

public enum CouponTemplateStatus
{
    Active = 1,
    /// <summary>No more claims for now; coupons already claimed stay usable.</summary>
    Paused = 2,
    /// <summary>Ended by the merchant: no more claims, ever.</summary>
    Ended = 3,
}

/// <summary>A claimed coupon. Expired is not a status: it is read from the validity (a used coupon given back after its end is expired).</summary>
public enum CouponStatus
{
    Available = 1,
    Used = 2,
}

/// <summary>How the customer came by a coupon.</summary>
public enum CouponSource
{
    Claimed = 1,
    /// <summary>Given on the customer's first sign-in (a platform's new-customer gift).</summary>
    NewCustomerGift = 2,
    /// <summary>Bought with points in the points mall.</summary>
    PointsMall = 3,
}

/// <summary>What the customer's wallet shows a coupon as.</summary>
public enum CouponState
{
    Usable = 1,
    Used = 2,
    Expired = 3,
    /// <summary>Claimed, valid later (a fixed-dates coupon before its start).</summary>
    NotYetValid = 4,
}

/// <summary>Why a coupon the customer holds cannot pay towards this checkout (the picker shows it greyed with the reason).</summary>
public enum CouponUnusableReason
{
    /// <summary>Not valid now (before its start or after its end).</summary>
    NotValidNow = 1,
    /// <summary>Issued by another merchant, or for other stores.</summary>
    OtherStore = 2,
    /// <summary>For bookings only, or orders only.</summary>
    OtherUse = 3,
    /// <summary>Outside its days and hours.</summary>
    OutsideTimeWindow = 4,
    /// <summary>For a first purchase, and the customer has bought before.</summary>
    NotNewCustomer = 5,
    /// <summary>Nothing in the order is of its products or categories.</summary>
    NoEligibleItems = 6,
    /// <summary>The eligible amount is below its minimum spend.</summary>
    BelowMinimumSpend = 7,
}

/// <summary>What a limited-time activity does.</summary>
public enum ActivityKind
{
    /// <summary>Activity prices for chosen products (每日特价, 节日促销, 清仓特卖, 新品试吃), limited per customer and in total.</summary>
    SpecialPrice = 1,
    /// <summary>满减 without a coupon: the best tier the order reaches comes off.</summary>
    SpendDiscount = 2,
    /// <summary>积分翻倍: points earned at the merchant are multiplied while it runs.</summary>
    PointsMultiplier = 3,
}

/// <summary>How an activity is labelled to customers (the badge on the menu).</summary>
public enum ActivityTheme
{
    General = 0,
    DailySpecial = 1,
    Festival = 2,
    Clearance = 3,
    NewProduct = 4,
}

public enum ActivityStatus
{
    Active = 1,
    Paused = 2,
    Ended = 3,
}

/// <summary>What a points-mall item gives.</summary>
public enum MallItemKind
{
    /// <summary>A coupon of one of the issuer's templates.</summary>
    Coupon = 1,
    /// <summary>A voucher code for a product or gift, collected at the issuer's stores.</summary>
    Voucher = 2,
}

public enum MallItemStatus
{
    Active = 1,
    Paused = 2,
    Ended = 3,
}

public enum MallRedemptionStatus
{
    /// <summary>The coupon was issued, or the voucher waits to be collected.</summary>
    Issued = 1,
    /// <summary>The voucher was collected at a store.</summary>
    Collected = 2,
}
