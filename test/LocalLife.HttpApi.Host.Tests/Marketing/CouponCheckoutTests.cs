using System.Net;
using LocalLife.Common;
using LocalLife.Ordering;
using LocalLife.Payments;

using LocalLife.Bookings;

namespace LocalLife.Marketing;

/// <summary>User story 11: the coupons a customer holds at checkout, the best pre-selected, the price previewed, the coupon spent and given back.</summary>
[Collection(MarketingCollection.Name)]
public sealed class CouponCheckoutTests(WeChatApiFixture api)
{
    private readonly MarketingDriver _driver = new(api);

    [Fact]
    public async Task A_claimed_coupon_is_offered_at_checkout_spent_by_the_order_and_usable_again_after_cancelling()
    {
        var product = await _driver.Ordering.NewProductAsync(ApiFixture.KtvTenant, priceFen: 6_000);
        var (space, token) = await _driver.Ordering.NewSpaceAsync(ApiFixture.KtvTenant);
        var small = await _driver.MerchantTemplateAsync(ApiFixture.KtvTenant, MarketingDriver.Threshold(1_000, 5_000));
        var big = await _driver.MerchantTemplateAsync(ApiFixture.KtvTenant, MarketingDriver.Threshold(3_000, 20_000));
        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-coupon-checkout");

        var offered = await (await customer.GetAsync($"/api/app/coupons/stores/{space.StoreId}")).ReadAsAsync<List<ClaimableCouponDto>>();
        offered.ShouldContain(c => c.Template.Id == small.Id && c.CanClaim && c.Held == 0);
        await (await MarketingDriver.ClaimAsync(customer, small.Id, space.StoreId)).ReadAsAsync<CouponDto>(HttpStatusCode.Created);
        await (await MarketingDriver.ClaimAsync(customer, small.Id, space.StoreId))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, MarketingErrorCodes.ClaimLimitReached);
        await (await MarketingDriver.ClaimAsync(customer, big.Id, space.StoreId)).ReadAsAsync<CouponDto>(HttpStatusCode.Created);

        (await OrderingDriver.AddAsync(customer, space.Id, product.Id, 2)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var preview = await (await customer.PostJsonAsync("/api/app/orders/preview", new PlaceOrderDto { SpaceId = space.Id, QrToken = token }))
            .ReadAsAsync<OrderPreviewDto>();
        var usable = preview.Coupons.Single(o => o.Coupon.TemplateId == small.Id);
        preview.CouponId.ShouldBe(usable.Coupon.Id); // the best usable one, pre-selected
        preview.DiscountFen.ShouldBe(1_000);
        preview.CashFen.ShouldBe(11_000);
        preview.Coupons.Single(o => o.Coupon.TemplateId == big.Id).ShouldSatisfyAllConditions(
            o => o.Usable.ShouldBeFalse(), o => o.Reason.ShouldBe(CouponUnusableReason.BelowMinimumSpend));
        preview.Coupons[0].Usable.ShouldBeTrue(); // usable ones first

        var placed = await (await customer.PostJsonAsync("/api/app/orders", new PlaceOrderDto { SpaceId = space.Id, QrToken = token, CouponId = usable.Coupon.Id }))
            .ReadAsAsync<OrderPlacedDto>();
        placed.Order.ShouldSatisfyAllConditions(o => o.TotalFen.ShouldBe(12_000), o => o.DiscountFen.ShouldBe(1_000), o => o.CashFen.ShouldBe(11_000),
            o => o.Lines.Sum(l => l.DiscountFen).ShouldBe(1_000), o => o.Discounts.ShouldHaveSingleItem().SourceId.ShouldBe(usable.Coupon.Id));
        (await MarketingDriver.MineAsync(customer, CouponState.Used)).Items.ShouldHaveSingleItem().UsedForId.ShouldBe(placed.Order.Id);
        var payment = await (await customer.GetAsync($"/api/app/payments/{placed.Order.PaymentId}")).ReadAsAsync<PaymentDto>();
        payment.AmountFen.ShouldBe(11_000);
        await _driver.Ordering.PayAsync(customer, placed.Order);

        var cancelled = await (await customer.PostAsync($"/api/app/orders/{placed.Order.Id}/cancel", null)).ReadAsAsync<OrderDto>();
        cancelled.RefundedFen.ShouldBe(11_000);
        var back = (await MarketingDriver.MineAsync(customer, CouponState.Usable)).Items;
        back.ShouldContain(c => c.Id == usable.Coupon.Id && c.UsedForId == null);
    }

    [Fact]
    public async Task A_coupon_that_cannot_pay_the_order_is_refused_and_changes_nothing()
    {
        var product = await _driver.Ordering.NewProductAsync(ApiFixture.KtvTenant, priceFen: 1_000);
        var (space, token) = await _driver.Ordering.NewSpaceAsync(ApiFixture.KtvTenant);
        var template = await _driver.MerchantTemplateAsync(ApiFixture.KtvTenant, MarketingDriver.Threshold(1_000, 5_000));
        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-coupon-refused");
        var coupon = await (await MarketingDriver.ClaimAsync(customer, template.Id, space.StoreId)).ReadAsAsync<CouponDto>(HttpStatusCode.Created);
        (await OrderingDriver.AddAsync(customer, space.Id, product.Id, 1)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await (await customer.PostJsonAsync("/api/app/orders", new PlaceOrderDto { SpaceId = space.Id, QrToken = token, CouponId = coupon.Id }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, MarketingErrorCodes.CouponNotUsable);
        await (await customer.PostJsonAsync("/api/app/orders", new PlaceOrderDto { SpaceId = space.Id, QrToken = token, CouponId = Guid.NewGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, MarketingErrorCodes.CouponNotUsable);
        (await MarketingDriver.MineAsync(customer, CouponState.Usable)).Items.ShouldContain(c => c.Id == coupon.Id);
        (await (await customer.GetAsync("/api/app/orders")).ReadAsAsync<PagedResultDto<OrderDto>>()).TotalCount.ShouldBe(0);

        // Someone else's coupon is theirs alone.
        var (other, _) = await _driver.Ordering.Payments.CustomerAsync("sim-coupon-refused-other");
        (await OrderingDriver.AddAsync(other, space.Id, product.Id, 6)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await other.PostJsonAsync("/api/app/orders", new PlaceOrderDto { SpaceId = space.Id, QrToken = token, CouponId = coupon.Id }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, MarketingErrorCodes.CouponNotUsable);
    }

    [Fact]
    public async Task One_coupon_used_by_fifty_checkouts_at_once_pays_one_order()
    {
        var product = await _driver.Ordering.NewProductAsync(ApiFixture.CafeTenant, priceFen: 6_000);
        var template = await _driver.MerchantTemplateAsync(ApiFixture.CafeTenant, MarketingDriver.Threshold(1_000, 5_000));
        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-coupon-race");
        var spaces = new List<(Guid Id, string Token)>();
        for (var i = 0; i < 50; i++)
        {
            var (space, token) = await _driver.Ordering.NewSpaceAsync(ApiFixture.CafeTenant);
            spaces.Add((space.Id, token));
            (await OrderingDriver.AddAsync(customer, space.Id, product.Id, 1)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        var storeId = (await _driver.Ordering.Bookings.StoreAsync(ApiFixture.CafeTenant)).Id;
        var coupon = await (await MarketingDriver.ClaimAsync(customer, template.Id, storeId)).ReadAsAsync<CouponDto>(HttpStatusCode.Created);

        using var start = new ManualResetEventSlim();
        var responses = await Task.WhenAll(spaces.Select(s => Task.Run(async () =>
        {
            start.Wait();
            return await customer.PostJsonAsync("/api/app/orders", new PlaceOrderDto { SpaceId = s.Id, QrToken = s.Token, CouponId = coupon.Id });
        })).ToList().Also(_ => start.Set()));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            var body = await refused.Content.ReadAsStringAsync();
            // Lost the race at the conditional update (409), or read the coupon as already used (422): never a second discount.
            body.ShouldMatch("CouponAlreadyUsed|CouponNotUsable", body);
        }
        var orders = await (await customer.GetAsync("/api/app/orders?take=100")).ReadAsAsync<PagedResultDto<OrderDto>>();
        orders.Items.ShouldHaveSingleItem().DiscountFen.ShouldBe(1_000);
    }
}
