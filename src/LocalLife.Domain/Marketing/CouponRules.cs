using LocalLife.Errors;

namespace LocalLife.Marketing;

/// <summary>Days of the week and a time of day a coupon is good for, in the store's time; <see cref="To"/> before <see cref="From"/> runs past midnight.</summary>
public sealed record CouponTimeWindow(IReadOnlyList<DayOfWeek> Days, TimeOnly From, TimeOnly To)
{
    /// <summary>Whether the local time falls in the window. A night from Friday 22:00 to 02:00 covers Saturday 01:00 as Friday's night.</summary>
    public bool Contains(DateTime local)
    {
        var time = TimeOnly.FromDateTime(local);
        if (From <= To) return Days.Contains(local.DayOfWeek) && time >= From && time < To;
        return time >= From ? Days.Contains(local.DayOfWeek) : time < To && Days.Contains(local.AddDays(-1).DayOfWeek);
    }
}

/// <summary>
/// What a coupon gives and when: an amount off (满减, new-customer, time-window, deposit coupons) or a share of the price
/// paid (<see cref="PayPercent"/> 90 = 9折, optionally capped), on the eligible items (its products or categories, or the
/// whole order) from a minimum spend, for orders, bookings or both, at the issuer's chosen stores (none: all of them).
/// Copied onto each coupon when it is claimed: later edits of the template do not change coupons already held.
/// </summary>
public sealed record CouponRules(
    CouponKind Kind,
    long AmountOffFen,
    int PayPercent,
    long MaxDiscountFen,
    long MinSpendFen,
    CouponUse Use,
    IReadOnlyList<Guid> StoreIds,
    IReadOnlyList<string> CategoryCodes,
    IReadOnlyList<Guid> ProductIds,
    NewCustomerScope NewCustomer,
    CouponTimeWindow? Window)
{
    public void Validate()
    {
        var amountOff = Kind != CouponKind.Percentage;
        var ok = MinSpendFen >= 0 && MaxDiscountFen >= 0
            && (amountOff ? AmountOffFen > 0 && PayPercent == 0 && MaxDiscountFen == 0 : AmountOffFen == 0 && PayPercent is >= 1 and <= 99)
            && Kind switch
            {
                CouponKind.Threshold => MinSpendFen > 0 && AmountOffFen <= MinSpendFen,
                CouponKind.NewCustomer => NewCustomer != NewCustomerScope.None,
                CouponKind.TimeWindow => Window is { Days.Count: > 0 } w && w.From != w.To,
                CouponKind.BookingDeposit => Use == CouponUse.Bookings,
                _ => true,
            }
            && (Kind == CouponKind.NewCustomer || NewCustomer == NewCustomerScope.None)
            && (Kind == CouponKind.TimeWindow || Window is null)
            // Products and categories are of the menu: a coupon for bookings has nothing to match them against.
            && (Use == CouponUse.Orders || CategoryCodes.Count == 0 && ProductIds.Count == 0);
        if (!ok) throw new BusinessException(MarketingErrorCodes.InvalidCouponRules).With("Kind", Kind);
    }

    /// <summary>What it takes off this checkout, or why it cannot be used (the issuer and validity are the coupon's to check).</summary>
    public CouponVerdict Evaluate(CouponCheckout checkout)
    {
        if (Use != CouponUse.Both && Use != checkout.Use) return CouponVerdict.No(CouponUnusableReason.OtherUse);
        if (StoreIds.Count > 0 && !StoreIds.Contains(checkout.StoreId)) return CouponVerdict.No(CouponUnusableReason.OtherStore);
        if (Window is { } window && !window.Contains(checkout.LocalTime)) return CouponVerdict.No(CouponUnusableReason.OutsideTimeWindow);
        if (NewCustomer == NewCustomerScope.Merchant && !checkout.FirstAtMerchant || NewCustomer == NewCustomerScope.Platform && !checkout.FirstOnPlatform)
            return CouponVerdict.No(CouponUnusableReason.NotNewCustomer);
        var eligible = EligibleFen(checkout.Lines);
        if (eligible == 0) return CouponVerdict.No(CouponUnusableReason.NoEligibleItems);
        if (eligible < MinSpendFen) return CouponVerdict.No(CouponUnusableReason.BelowMinimumSpend);
        var off = PayPercent > 0 ? eligible * (100 - PayPercent) / 100 : AmountOffFen;
        if (MaxDiscountFen > 0) off = Math.Min(off, MaxDiscountFen);
        return new CouponVerdict(Math.Min(off, eligible), null);
    }

    /// <summary>Whether a line counts towards the coupon (its products, its categories, or everything when it names neither).</summary>
    public bool Covers(CouponLine line) =>
        CategoryCodes.Count == 0 && ProductIds.Count == 0 || ProductIds.Contains(line.ProductId) || CategoryCodes.Contains(line.CategoryCode);

    public long EligibleFen(IReadOnlyList<CouponLine> lines) => lines.Where(Covers).Sum(l => l.AmountFen);
}

/// <summary>What a checkout offers a coupon to judge: the payable's use, store, local time, lines and whether the customer is new.</summary>
public sealed record CouponCheckout(CouponUse Use, Guid TenantId, Guid StoreId, DateTime LocalTime, IReadOnlyList<CouponLine> Lines, bool FirstAtMerchant,
    bool FirstOnPlatform);

/// <summary>One payable line as coupons see it (a booking's deposit is one line with no product).</summary>
public sealed record CouponLine(Guid ProductId, string CategoryCode, long AmountFen);

/// <summary>The fen a coupon takes off, or the reason it cannot be used (then 0).</summary>
public sealed record CouponVerdict(long DiscountFen, CouponUnusableReason? Reason)
{
    public bool Usable => Reason is null;

    public static CouponVerdict No(CouponUnusableReason reason) => new(0, reason);
}
