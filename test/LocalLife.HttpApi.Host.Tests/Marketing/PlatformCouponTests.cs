using System.Net;
using LocalLife.Bookings;
using LocalLife.Ordering;

namespace LocalLife.Marketing;

/// <summary>The platform's coupons: claimed in the coupon centre or given at first sign-in, used at any merchant, settled with it.</summary>
[Collection(MarketingCollection.Name)]
public sealed class PlatformCouponTests(WeChatApiFixture api)
{
    private readonly MarketingDriver _driver = new(api);

    [Fact]
    public async Task A_platform_coupon_pays_at_any_merchant_and_the_platform_owes_that_merchant_its_discount()
    {
        var template = await _driver.PlatformTemplateAsync(MarketingDriver.Threshold(800, 2_000, total: 10));
        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-platform-coupon");
        (await (await customer.GetAsync("/api/app/coupons/platform")).ReadAsAsync<List<ClaimableCouponDto>>())
            .ShouldContain(c => c.Template.Id == template.Id && c.Template.PlatformFunded);
        var coupon = await (await MarketingDriver.ClaimAsync(customer, template.Id, null)).ReadAsAsync<CouponDto>(HttpStatusCode.Created);
        coupon.PlatformFunded.ShouldBeTrue();

        var product = await _driver.Ordering.NewProductAsync(ApiFixture.CafeTenant, priceFen: 3_000);
        var (space, token) = await _driver.Ordering.NewSpaceAsync(ApiFixture.CafeTenant);
        (await OrderingDriver.AddAsync(customer, space.Id, product.Id)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var from = DateTimeOffset.UtcNow.AddMinutes(-1);
        var placed = await (await customer.PostJsonAsync("/api/app/orders", new PlaceOrderDto { SpaceId = space.Id, QrToken = token, CouponId = coupon.Id }))
            .ReadAsAsync<OrderPlacedDto>();
        placed.Order.Discounts.ShouldHaveSingleItem().PlatformFunded.ShouldBeTrue();

        var operatorClient = await api.LoginAsync(null, "operator");
        var to = DateTimeOffset.UtcNow.AddMinutes(1);
        var settlement = await (await operatorClient.GetAsync($"/api/host/coupon-templates/settlement?from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}"))
            .ReadAsAsync<List<PlatformCouponSettlementDto>>();
        settlement.ShouldHaveSingleItem().ShouldSatisfyAllConditions(s => s.TenantName.ShouldBe(ApiFixture.CafeTenant), s => s.DiscountFen.ShouldBe(800));
        var report = await (await operatorClient.GetAsync($"/api/host/coupon-templates/{template.Id}/report")).ReadAsAsync<CouponTemplateReportDto>();
        report.ShouldSatisfyAllConditions(r => r.Used.ShouldBe(1), r => r.DiscountFen.ShouldBe(800));
        // A merchant does not see the platform's templates as its own.
        var manager = await api.LoginAsync(ApiFixture.CafeTenant, "manager");
        (await manager.GetAsync($"/api/admin/coupon-templates/{template.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await manager.GetAsync("/api/host/coupon-templates")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_new_customer_gets_the_platform_gift_at_first_sign_in_and_a_deposit_coupon_pays_part_of_a_booking()
    {
        var gift = await _driver.PlatformTemplateAsync(new SaveCouponTemplateDto
        {
            Name = "新人定金券", TotalQuantity = 1_000, PerCustomerLimit = 1, NewCustomerGift = true, Validity = CouponValidity.DaysAfterClaim, ValidDays = 30,
            Rules = new CouponRulesDto { Kind = CouponKind.BookingDeposit, AmountOffFen = 1_000, Use = CouponUse.Bookings },
        });
        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-new-customer-gift");
        var mine = (await MarketingDriver.MineAsync(customer, CouponState.Usable)).Items;
        var coupon = mine.Where(c => c.TemplateId == gift.Id).ShouldHaveSingleItem();
        coupon.Source.ShouldBe(CouponSource.NewCustomerGift);
        await (await MarketingDriver.ClaimAsync(customer, gift.Id, null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, MarketingErrorCodes.TemplateNotClaimable);

        var space = await _driver.Ordering.Bookings.NewSpaceAsync(ApiFixture.KtvTenant, priceFen: 20_000, depositPercent: 30); // 6,000 deposit
        var arriveAt = BookingDriver.TomorrowAt(20);
        var preview = await (await customer.PostJsonAsync("/api/app/bookings/preview", new CreateBookingDto { SpaceId = space.Id, ArriveAt = arriveAt, PartySize = 4 }))
            .ReadAsAsync<BookingPreviewDto>();
        preview.ShouldSatisfyAllConditions(p => p.CouponId.ShouldBe(coupon.Id), p => p.DiscountFen.ShouldBe(1_000), p => p.CashFen.ShouldBe(5_000));
        var booked = await (await customer.PostJsonAsync("/api/app/bookings",
            new CreateBookingDto { SpaceId = space.Id, ArriveAt = arriveAt, PartySize = 4, CouponId = coupon.Id })).ReadAsAsync<BookingCreatedDto>();
        booked.Booking.ShouldSatisfyAllConditions(b => b.DepositFen.ShouldBe(6_000), b => b.DiscountFen.ShouldBe(1_000), b => b.CashFen.ShouldBe(5_000));

        // Cancelled before paying: the coupon comes back.
        (await customer.PostAsync($"/api/app/bookings/{booked.Booking.Id}/cancel", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await MarketingDriver.MineAsync(customer, CouponState.Usable)).Items.ShouldContain(c => c.Id == coupon.Id);
    }
}
