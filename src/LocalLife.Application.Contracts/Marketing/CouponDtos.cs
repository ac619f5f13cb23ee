using LocalLife.Common;
using LocalLife.Payments;

namespace LocalLife.Marketing;

/// <summary>A time window of a coupon in the store's time: days (0 = Sunday) and hours; an end before the start runs past midnight.</summary>
public sealed record CouponTimeWindowDto(IReadOnlyList<DayOfWeek> Days, TimeOnly From, TimeOnly To);

/// <summary>
/// What a coupon gives and when. Amount-off kinds set <see cref="AmountOffFen"/>; a percentage coupon sets
/// <see cref="PayPercent"/> (the share paid: 90 = 9折) and optionally <see cref="MaxDiscountFen"/>.
/// </summary>
public sealed record CouponRulesDto
{
    public CouponKind Kind { get; init; }
    public long AmountOffFen { get; init; }
    public int PayPercent { get; init; }
    public long MaxDiscountFen { get; init; }
    public long MinSpendFen { get; init; }
    public CouponUse Use { get; init; } = CouponUse.Orders;
    /// <summary>Stores it is good at; empty: all of the issuer's (the platform's: every merchant's).</summary>
    public IReadOnlyList<Guid> StoreIds { get; init; } = [];
    /// <summary>Product category codes that count towards it; with no products either, the whole order counts.</summary>
    public IReadOnlyList<string> CategoryCodes { get; init; } = [];
    public IReadOnlyList<Guid> ProductIds { get; init; } = [];
    public NewCustomerScope NewCustomer { get; init; }
    public CouponTimeWindowDto? Window { get; init; }
}

public sealed record CouponTemplateDto(
    Guid Id,
    bool PlatformFunded,
    string Name,
    string? Description,
    CouponRulesDto Rules,
    CouponValidity Validity,
    DateTimeOffset? ValidFrom,
    DateTimeOffset? ValidTo,
    int ValidDays,
    int TotalQuantity,
    int IssuedCount,
    int PerCustomerLimit,
    bool NewCustomerGift,
    CouponTemplateStatus Status,
    DateTimeOffset CreationTime);

public sealed record SaveCouponTemplateDto
{
    public string Name { get; init; } = "";
    public string? Description { get; init; }
    public CouponRulesDto Rules { get; init; } = new();
    public CouponValidity Validity { get; init; } = CouponValidity.DaysAfterClaim;
    public DateTimeOffset? ValidFrom { get; init; }
    public DateTimeOffset? ValidTo { get; init; }
    public int ValidDays { get; init; }
    public int TotalQuantity { get; init; }
    public int PerCustomerLimit { get; init; } = 1;
    /// <summary>Platform only: given to every customer at their first sign-in.</summary>
    public bool NewCustomerGift { get; init; }
}

public sealed record GetCouponTemplatesInput : PagedRequestDto
{
    public CouponTemplateStatus? Status { get; init; }
}

/// <summary>How a template did: coupons issued and used, the discount given, and the orders and bookings it brought in.</summary>
public sealed record CouponTemplateReportDto(Guid TemplateId, int TotalQuantity, int Issued, int Used, int Expired, long DiscountFen, int Orders,
    long OrdersItemsFen, int Bookings, long BookingsDepositFen);

/// <summary>A template a customer may claim, with how many they hold of it.</summary>
public sealed record ClaimableCouponDto(CouponTemplateDto Template, int Held, bool CanClaim);

public sealed record CouponDto(
    Guid Id,
    Guid TemplateId,
    bool PlatformFunded,
    Guid? IssuerTenantId,
    string Name,
    CouponRulesDto Rules,
    DateTimeOffset ValidFrom,
    DateTimeOffset ValidTo,
    CouponSource Source,
    DateTimeOffset ClaimedAt,
    CouponState State,
    DateTimeOffset? UsedAt,
    PaymentKind? UsedForKind,
    Guid? UsedForId,
    long DiscountFen);

public sealed record GetMyCouponsInput : PagedRequestDto
{
    public CouponState? State { get; init; }
}

/// <summary>A coupon of the customer judged for a checkout: usable with what it takes off, or why not.</summary>
public sealed record CouponOfferDto(CouponDto Coupon, bool Usable, CouponUnusableReason? Reason, long DiscountFen);

/// <summary>A discount a payable got, and from what.</summary>
public sealed record PayableDiscountDto(DiscountSource Source, Guid SourceId, string Name, long AmountFen, bool PlatformFunded);

/// <summary>Platform-funded discounts given at one merchant over a period: what the platform owes it.</summary>
public sealed record PlatformCouponSettlementDto(Guid TenantId, string? TenantName, int Used, long DiscountFen);

public sealed record GetCouponSettlementInput
{
    public DateTimeOffset From { get; init; }
    public DateTimeOffset To { get; init; }
}

/// <summary>Claiming a merchant's coupon names the store it was shown at; a platform coupon names none.</summary>
public sealed record ClaimCouponDto
{
    public Guid? StoreId { get; init; }
}
