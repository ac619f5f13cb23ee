using LocalLife.Errors;

namespace LocalLife.Marketing;

public sealed class CouponRulesTests
{
    private static readonly Guid Tenant = Guid.NewGuid(), Store = Guid.NewGuid(), Tea = Guid.NewGuid(), Cake = Guid.NewGuid();
    // Friday 2026-11-27 20:00 local.
    private static readonly DateTime Friday8pm = new(2026, 11, 27, 20, 0, 0);

    private static CouponRules Rules(CouponKind kind, long off = 0, int pay = 0, long cap = 0, long min = 0, CouponUse use = CouponUse.Orders,
        string[]? categories = null, Guid[]? products = null, NewCustomerScope newCustomer = NewCustomerScope.None, CouponTimeWindow? window = null) =>
        new(kind, off, pay, cap, min, use, [], categories ?? [], products ?? [], newCustomer, window);

    private static CouponCheckout Checkout(long tea = 6_000, long cake = 4_000, DateTime? at = null, bool newHere = true, bool newAnywhere = true,
        CouponUse use = CouponUse.Orders) =>
        new(use, Tenant, Store, at ?? Friday8pm, [new CouponLine(Tea, "tea", tea), new CouponLine(Cake, "pastries", cake)], newHere, newAnywhere);

    [Fact]
    public void A_threshold_coupon_takes_its_amount_from_the_minimum_spend()
    {
        var rules = Rules(CouponKind.Threshold, off: 2_000, min: 10_000);
        rules.Evaluate(Checkout()).ShouldBe(new CouponVerdict(2_000, null));
        rules.Evaluate(Checkout(tea: 5_999)).Reason.ShouldBe(CouponUnusableReason.BelowMinimumSpend);
    }

    [Fact]
    public void A_percentage_coupon_takes_the_share_not_paid_rounded_down_and_capped()
    {
        Rules(CouponKind.Percentage, pay: 90).Evaluate(Checkout(tea: 6_005)).DiscountFen.ShouldBe(1_000); // 10 % of 100.05 yuan, down to the fen
        Rules(CouponKind.Percentage, pay: 85, cap: 800).Evaluate(Checkout()).DiscountFen.ShouldBe(800);
    }

    [Fact]
    public void Products_and_categories_limit_what_counts_towards_it()
    {
        var teaOnly = Rules(CouponKind.Threshold, off: 1_000, min: 5_000, categories: ["tea"]);
        teaOnly.Evaluate(Checkout()).DiscountFen.ShouldBe(1_000);
        teaOnly.Evaluate(Checkout(tea: 4_000, cake: 9_000)).Reason.ShouldBe(CouponUnusableReason.BelowMinimumSpend);
        Rules(CouponKind.Percentage, pay: 50, products: [Cake]).Evaluate(Checkout()).DiscountFen.ShouldBe(2_000);
        Rules(CouponKind.Threshold, off: 100, min: 100, products: [Guid.NewGuid()]).Evaluate(Checkout()).Reason.ShouldBe(CouponUnusableReason.NoEligibleItems);
        // An amount off never takes more than the items it covers.
        Rules(CouponKind.NewCustomer, off: 5_000, products: [Cake], newCustomer: NewCustomerScope.Merchant).Evaluate(Checkout()).DiscountFen.ShouldBe(4_000);
    }

    [Fact]
    public void A_new_customer_coupon_is_for_the_first_purchase_at_the_merchant_or_on_the_platform()
    {
        var here = Rules(CouponKind.NewCustomer, off: 1_000, newCustomer: NewCustomerScope.Merchant);
        var anywhere = Rules(CouponKind.NewCustomer, off: 1_000, newCustomer: NewCustomerScope.Platform);
        here.Evaluate(Checkout(newHere: true, newAnywhere: false)).Usable.ShouldBeTrue();
        anywhere.Evaluate(Checkout(newHere: true, newAnywhere: false)).Reason.ShouldBe(CouponUnusableReason.NotNewCustomer);
        here.Evaluate(Checkout(newHere: false, newAnywhere: false)).Reason.ShouldBe(CouponUnusableReason.NotNewCustomer);
    }

    [Fact]
    public void A_night_window_runs_past_midnight_as_the_night_of_its_day()
    {
        var fridayNights = new CouponTimeWindow([DayOfWeek.Friday], new TimeOnly(22, 0), new TimeOnly(2, 0));
        fridayNights.Contains(Friday8pm).ShouldBeFalse();
        fridayNights.Contains(Friday8pm.AddHours(3)).ShouldBeTrue(); // Friday 23:00
        fridayNights.Contains(Friday8pm.AddHours(5.5)).ShouldBeTrue(); // Saturday 01:30, still Friday's night
        fridayNights.Contains(Friday8pm.AddHours(6)).ShouldBeFalse(); // Saturday 02:00
        fridayNights.Contains(Friday8pm.AddDays(1).AddHours(3)).ShouldBeFalse(); // Saturday 23:00
        var afternoons = new CouponTimeWindow([DayOfWeek.Monday, DayOfWeek.Tuesday], new TimeOnly(13, 0), new TimeOnly(18, 0));
        afternoons.Contains(new DateTime(2026, 11, 30, 17, 59, 0)).ShouldBeTrue();
        afternoons.Contains(new DateTime(2026, 11, 30, 18, 0, 0)).ShouldBeFalse();

        Rules(CouponKind.TimeWindow, off: 500, window: fridayNights).Evaluate(Checkout()).Reason.ShouldBe(CouponUnusableReason.OutsideTimeWindow);
        Rules(CouponKind.TimeWindow, off: 500, window: fridayNights).Evaluate(Checkout(at: Friday8pm.AddHours(4))).DiscountFen.ShouldBe(500);
    }

    [Fact]
    public void A_deposit_coupon_is_for_bookings_and_others_for_what_they_say()
    {
        var deposit = Rules(CouponKind.BookingDeposit, off: 3_000, use: CouponUse.Bookings);
        deposit.Evaluate(Checkout()).Reason.ShouldBe(CouponUnusableReason.OtherUse);
        deposit.Evaluate(Checkout(use: CouponUse.Bookings)).DiscountFen.ShouldBe(3_000);
        Rules(CouponKind.Threshold, off: 100, min: 100, use: CouponUse.Both).Evaluate(Checkout(use: CouponUse.Bookings)).Usable.ShouldBeTrue();
        (Rules(CouponKind.Threshold, off: 100, min: 100) with { StoreIds = [Guid.NewGuid()] }).Evaluate(Checkout()).Reason.ShouldBe(CouponUnusableReason.OtherStore);
    }

    [Theory]
    [InlineData(CouponKind.Threshold, 2_000, 0, 0, CouponUse.Orders, NewCustomerScope.None)] // no minimum spend
    [InlineData(CouponKind.Percentage, 0, 100, 10_000, CouponUse.Orders, NewCustomerScope.None)] // pays everything: no discount
    [InlineData(CouponKind.Percentage, 500, 90, 10_000, CouponUse.Orders, NewCustomerScope.None)] // both an amount and a rate
    [InlineData(CouponKind.NewCustomer, 500, 0, 0, CouponUse.Orders, NewCustomerScope.None)] // new customer of whom?
    [InlineData(CouponKind.BookingDeposit, 500, 0, 0, CouponUse.Orders, NewCustomerScope.None)] // a deposit coupon for orders
    [InlineData(CouponKind.TimeWindow, 500, 0, 0, CouponUse.Orders, NewCustomerScope.None)] // no window
    [InlineData(CouponKind.Threshold, 20_000, 0, 10_000, CouponUse.Orders, NewCustomerScope.None)] // more off than the minimum
    public void Inconsistent_rules_are_refused(CouponKind kind, long off, int pay, long min, CouponUse use, NewCustomerScope scope) =>
        Should.Throw<BusinessException>(() => Rules(kind, off: off, pay: pay, min: min, use: use, newCustomer: scope).Validate())
            .Code.ShouldBe(MarketingErrorCodes.InvalidCouponRules);

    [Fact]
    public void A_coupon_for_bookings_cannot_name_products()
    {
        Should.Throw<BusinessException>(() => Rules(CouponKind.BookingDeposit, off: 500, use: CouponUse.Bookings, categories: ["tea"]).Validate());
        Should.NotThrow(() => Rules(CouponKind.BookingDeposit, off: 500, use: CouponUse.Bookings).Validate());
    }
}
