using System.Net;
using LocalLife.Common;
using LocalLife.Bookings;
using LocalLife.Loyalty;
using LocalLife.Ordering;

namespace LocalLife.Marketing;

/// <summary>Limited-time activities: special prices within their limits (also under a rush), spend discounts before coupons, double points.</summary>
[Collection(MarketingCollection.Name)]
public sealed class ActivityTests(WeChatApiFixture api)
{
    private readonly MarketingDriver _driver = new(api);

    private async Task<ActivityDto> ActivityAsync(string tenant, SaveActivityDto input)
    {
        var manager = await api.LoginAsync(tenant, "manager");
        return await (await manager.PostJsonAsync("/api/admin/activities", input)).ReadAsAsync<ActivityDto>(HttpStatusCode.Created);
    }

    private static SaveActivityDto Running(string name, ActivityKind kind) =>
        new() { Name = name, Kind = kind, StartsAt = DateTimeOffset.UtcNow.AddMinutes(-1), EndsAt = DateTimeOffset.UtcNow.AddDays(1) };

    [Fact]
    public async Task A_special_price_shows_with_its_badge_and_applies_within_the_customer_s_limit()
    {
        var product = await _driver.Ordering.NewProductAsync(ApiFixture.TeaTenant, priceFen: 3_000);
        var special = await ActivityAsync(ApiFixture.TeaTenant, Running("每日特价", ActivityKind.SpecialPrice) with
        {
            Theme = ActivityTheme.DailySpecial, Prices = [new ActivityPriceDto(product.Id, 1_990, PerCustomerLimit: 2, TotalLimit: 100)],
        });
        var (space, token) = await _driver.Ordering.NewSpaceAsync(ApiFixture.TeaTenant);
        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-activity-price");

        var menu = await (await customer.GetAsync($"/api/app/menu/stores/{product.StoreId}?categoryId={product.CategoryId}")).ReadAsAsync<MenuDto>();
        var shown = menu.Categories.Single().Products.Single();
        shown.YourPriceFen.ShouldBe(1_990);
        shown.Activity!.ShouldSatisfyAllConditions(a => a.Theme.ShouldBe(ActivityTheme.DailySpecial), a => a.UnitsLeft.ShouldBe(2),
            a => a.EndsAt.ShouldBe(special.EndsAt));

        var three = await (await OrderingDriver.AddAsync(customer, space.Id, product.Id, 3)).ReadAsAsync<CartDto>();
        three.TotalFen.ShouldBe(9_000); // three do not fit the limit of two: the regular price
        var two = await (await customer.PutJsonAsync($"/api/app/carts/{space.Id}/lines/{three.Lines[0].Id}", new ChangeCartLineDto { Quantity = 2 }))
            .ReadAsAsync<CartDto>();
        two.ShouldSatisfyAllConditions(c => c.TotalFen.ShouldBe(3_980), c => c.HasChanges.ShouldBeFalse());
        var placed = await (await OrderingDriver.PlaceAsync(customer, space.Id, token)).ReadAsAsync<OrderPlacedDto>();
        placed.Order.TotalFen.ShouldBe(3_980);

        var again = await (await OrderingDriver.AddAsync(customer, space.Id, product.Id, 1)).ReadAsAsync<CartDto>();
        again.TotalFen.ShouldBe(3_000); // the customer's two are used
        (await (await customer.PostAsync($"/api/app/orders/{placed.Order.Id}/cancel", null)).ReadAsAsync<OrderDto>()).Status.ShouldBe(OrderStatus.Cancelled);
        var after = await (await customer.GetAsync($"/api/app/menu/stores/{product.StoreId}?categoryId={product.CategoryId}")).ReadAsAsync<MenuDto>();
        after.Categories.Single().Products.Single().Activity!.UnitsLeft.ShouldBe(2); // given back with the cancelled order
    }

    [Fact]
    public async Task Thirty_customers_racing_for_ten_special_units_buy_exactly_ten_at_that_price()
    {
        var product = await _driver.Ordering.NewProductAsync(ApiFixture.TeaTenant, priceFen: 5_000);
        var activity = await ActivityAsync(ApiFixture.TeaTenant, Running("清仓特卖", ActivityKind.SpecialPrice) with
        {
            Theme = ActivityTheme.Clearance, Prices = [new ActivityPriceDto(product.Id, 990, PerCustomerLimit: 0, TotalLimit: 10)],
        });
        var (space, token) = await _driver.Ordering.NewSpaceAsync(ApiFixture.TeaTenant);
        var customers = await _driver.CustomersAsync("sim-activity-race", 30);
        foreach (var c in customers) (await OrderingDriver.AddAsync(c, space.Id, product.Id, 1)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var start = new ManualResetEventSlim();
        var responses = await Task.WhenAll(customers.Select(c => Task.Run(async () =>
        {
            start.Wait();
            return await c.PostJsonAsync("/api/app/orders", new PlaceOrderDto { SpaceId = space.Id, QrToken = token, ExpectedTotalFen = 990 });
        })).ToList().Also(_ => start.Set()));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(10);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
            (await refused.Content.ReadAsStringAsync()).ShouldMatch("ActivityLimitReached|CartChanged");
        var manager = await api.LoginAsync(ApiFixture.TeaTenant, "manager");
        var report = await (await manager.GetAsync($"/api/admin/activities/{activity.Id}/report")).ReadAsAsync<ActivityReportDto>();
        report.Products.ShouldHaveSingleItem().Units.ShouldBe(10);
    }

    [Fact]
    public async Task A_spend_discount_comes_off_first_and_a_coupon_is_judged_on_what_is_left()
    {
        var product = await _driver.Ordering.NewProductAsync(ApiFixture.CafeTenant, priceFen: 11_500);
        var spend = await ActivityAsync(ApiFixture.CafeTenant, Running("满减", ActivityKind.SpendDiscount) with
        {
            Tiers = [new SpendTierDto(10_000, 1_500), new SpendTierDto(20_000, 4_000)],
        });
        var template = await _driver.MerchantTemplateAsync(ApiFixture.CafeTenant, MarketingDriver.Threshold(1_000, 20_000));
        var (space, token) = await _driver.Ordering.NewSpaceAsync(ApiFixture.CafeTenant);
        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-activity-spend");
        await (await MarketingDriver.ClaimAsync(customer, template.Id, space.StoreId)).ReadAsAsync<CouponDto>(HttpStatusCode.Created);
        (await OrderingDriver.AddAsync(customer, space.Id, product.Id, 2)).StatusCode.ShouldBe(HttpStatusCode.OK); // 230 yuan

        var preview = await (await customer.PostJsonAsync("/api/app/orders/preview", new PlaceOrderDto { SpaceId = space.Id, QrToken = token }))
            .ReadAsAsync<OrderPreviewDto>();
        // 230 − 40 (the 200 tier) = 190 left: below the coupon's 200 minimum.
        preview.DiscountFen.ShouldBe(4_000);
        preview.CouponId.ShouldBeNull();
        preview.Coupons.Single(o => o.Coupon.TemplateId == template.Id).Reason.ShouldBe(CouponUnusableReason.BelowMinimumSpend);
        var placed = await (await OrderingDriver.PlaceAsync(customer, space.Id, token)).ReadAsAsync<OrderPlacedDto>();
        placed.Order.Discounts.ShouldHaveSingleItem().ShouldSatisfyAllConditions(d => d.SourceId.ShouldBe(spend.Id), d => d.AmountFen.ShouldBe(4_000));
        placed.Order.CashFen.ShouldBe(19_000);
        var manager = await api.LoginAsync(ApiFixture.CafeTenant, "manager");
        var report = await (await manager.GetAsync($"/api/admin/activities/{spend.Id}/report")).ReadAsAsync<ActivityReportDto>();
        report.ShouldSatisfyAllConditions(r => r.Orders.ShouldBe(1), r => r.DiscountFen.ShouldBe(4_000));
        (await manager.PostAsync($"/api/admin/activities/{spend.Id}/end", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_double_points_activity_doubles_what_an_order_earns()
    {
        var ordering = _driver.Ordering;
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        (await manager.PostJsonAsync("/api/admin/rebate-rules", new SaveRebateRuleDto { Name = "点单返积分", PointsPer100Yuan = 100 }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var product = await ordering.NewProductAsync(ApiFixture.KtvTenant, priceFen: 10_000);
        var (space, token) = await ordering.NewSpaceAsync(ApiFixture.KtvTenant);
        var (customer, _) = await ordering.Payments.CustomerAsync("sim-activity-points");

        async Task<long> EarnedAsync()
        {
            var order = await ordering.OrderAndPayAsync(customer, space.Id, token, product.Id);
            var desk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
            foreach (var step in new[] { "accept", "prepare", "deliver", "delivered" })
                (await desk.PostAsync($"/api/admin/orders/{order.Id}/{step}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
            return (await (await customer.PostAsync($"/api/app/orders/{order.Id}/confirm-receipt", null)).ReadAsAsync<OrderDto>()).PointsEarned;
        }

        var plain = await EarnedAsync();
        plain.ShouldBeGreaterThan(0);
        var doubled = await ActivityAsync(ApiFixture.KtvTenant, Running("积分翻倍", ActivityKind.PointsMultiplier) with { MultiplierPercent = 200 });
        try
        {
            (await EarnedAsync()).ShouldBe(plain * 2);
        }
        finally
        {
            (await manager.PostAsync($"/api/admin/activities/{doubled.Id}/end", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Activities_that_make_no_sense_are_refused()
    {
        var product = await _driver.Ordering.NewProductAsync(ApiFixture.TeaTenant, priceFen: 1_000);
        var manager = await api.LoginAsync(ApiFixture.TeaTenant, "manager");
        await (await manager.PostJsonAsync("/api/admin/activities", Running("贵了", ActivityKind.SpecialPrice) with { Prices = [new ActivityPriceDto(product.Id, 1_200, 0, 0)] }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, MarketingErrorCodes.InvalidActivity);
        await (await manager.PostJsonAsync("/api/admin/activities", Running("空", ActivityKind.SpendDiscount)))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, MarketingErrorCodes.InvalidActivity);
        await (await manager.PostJsonAsync("/api/admin/activities", Running("倒着", ActivityKind.PointsMultiplier) with { MultiplierPercent = 200, EndsAt = DateTimeOffset.UtcNow.AddDays(-2) }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "LocalLife:Validation");
        var other = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        await (await other.PostJsonAsync("/api/admin/activities", Running("别家的", ActivityKind.SpecialPrice) with { Prices = [new ActivityPriceDto(product.Id, 500, 0, 0)] }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, "LocalLife:EntityNotFound");
    }
}
