using System.Net;
using LocalLife.Common;
using LocalLife.Bookings;

namespace LocalLife.Marketing;

/// <summary>The points mall: points spent through the ledger for a coupon or a voucher, never past the stock or a customer's limit.</summary>
[Collection(MarketingCollection.Name)]
public sealed class MallTests(WeChatApiFixture api)
{
    private readonly MarketingDriver _driver = new(api);

    private async Task<MallItemDto> ItemAsync(string? tenant, SaveMallItemDto input)
    {
        var client = tenant is null ? await api.LoginAsync(null, "operator") : await api.LoginAsync(tenant, "manager");
        return await (await client.PostJsonAsync(tenant is null ? "/api/host/mall/items" : "/api/admin/mall/items", input)).ReadAsAsync<MallItemDto>(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Points_buy_a_merchant_coupon_once_per_customer_and_too_few_points_change_nothing()
    {
        var template = await _driver.MerchantTemplateAsync(ApiFixture.CafeTenant, MarketingDriver.Threshold(500, 3_000, total: 50, perCustomer: 5));
        var item = await ItemAsync(ApiFixture.CafeTenant, new SaveMallItemDto
        {
            Name = "5元券", Kind = MallItemKind.Coupon, CouponTemplateId = template.Id, PointsCost = 500, Stock = 10, PerCustomerLimit = 1,
        });
        var store = await _driver.Ordering.Bookings.StoreAsync(ApiFixture.CafeTenant);
        var (customer, customerId) = await _driver.Ordering.Payments.CustomerAsync("sim-mall-coupon");

        var shown = await (await customer.GetAsync($"/api/app/mall/stores/{store.Id}")).ReadAsAsync<PagedResultDto<CustomerMallItemDto>>();
        shown.Items.ShouldContain(i => i.Item.Id == item.Id && i.CanRedeem);
        await (await customer.PostJsonAsync($"/api/app/mall/items/{item.Id}/redeem", new RedeemMallItemDto { StoreId = store.Id }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, Loyalty.LoyaltyErrorCodes.InsufficientPoints);
        var manager = await api.LoginAsync(ApiFixture.CafeTenant, "manager");
        (await (await manager.GetAsync("/api/admin/mall/items?take=100")).ReadAsAsync<PagedResultDto<MallItemDto>>()).Items.Single(i => i.Id == item.Id)
            .RedeemedCount.ShouldBe(0); // the refused redemption took nothing

        await _driver.Ordering.Bookings.GivePointsAsync(customerId, 800);
        var redemption = await (await customer.PostJsonAsync($"/api/app/mall/items/{item.Id}/redeem", new RedeemMallItemDto { StoreId = store.Id }))
            .ReadAsAsync<MallRedemptionDto>(HttpStatusCode.Created);
        redemption.CouponId.ShouldNotBeNull();
        (await BookingDriver.BalanceAsync(customer)).ShouldBe(300);
        (await MarketingDriver.MineAsync(customer, CouponState.Usable)).Items.ShouldContain(c => c.Id == redemption.CouponId && c.Source == CouponSource.PointsMall);
        await (await customer.PostJsonAsync($"/api/app/mall/items/{item.Id}/redeem", new RedeemMallItemDto { StoreId = store.Id }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, MarketingErrorCodes.MallLimitReached);
        (await (await customer.GetAsync("/api/app/mall/redemptions/mine")).ReadAsAsync<PagedResultDto<MallRedemptionDto>>()).TotalCount.ShouldBe(1);
        var report = await (await manager.GetAsync($"/api/admin/mall/items/{item.Id}/report")).ReadAsAsync<MallItemReportDto>();
        report.ShouldSatisfyAllConditions(r => r.Redemptions.ShouldBe(1), r => r.Points.ShouldBe(500));
    }

    [Fact]
    public async Task A_voucher_is_collected_once_at_its_merchant_s_desk()
    {
        var item = await ItemAsync(ApiFixture.KtvTenant, new SaveMallItemDto { Name = "果盘兑换券", Kind = MallItemKind.Voucher, PointsCost = 300, PerCustomerLimit = 3 });
        var store = await _driver.Ordering.Bookings.StoreAsync(ApiFixture.KtvTenant);
        var (customer, customerId) = await _driver.Ordering.Payments.CustomerAsync("sim-mall-voucher");
        await _driver.Ordering.Bookings.GivePointsAsync(customerId, 300);
        var voucher = await (await customer.PostJsonAsync($"/api/app/mall/items/{item.Id}/redeem", new RedeemMallItemDto { StoreId = store.Id }))
            .ReadAsAsync<MallRedemptionDto>(HttpStatusCode.Created);
        voucher.VoucherCode.ShouldNotBeNull().ShouldMatch("^[0-9]{10}$");

        var elsewhere = await api.LoginAsync(ApiFixture.CafeTenant, "frontdesk");
        var cafe = await _driver.Ordering.Bookings.StoreAsync(ApiFixture.CafeTenant);
        await (await elsewhere.PostJsonAsync("/api/admin/mall/vouchers/collect", new CollectVoucherDto { StoreId = cafe.Id, Code = voucher.VoucherCode! }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, MarketingErrorCodes.VoucherNotFound);
        var desk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        var collected = await (await desk.PostJsonAsync("/api/admin/mall/vouchers/collect", new CollectVoucherDto { StoreId = store.Id, Code = voucher.VoucherCode! }))
            .ReadAsAsync<MallRedemptionDto>();
        collected.Status.ShouldBe(MallRedemptionStatus.Collected);
        await (await desk.PostJsonAsync("/api/admin/mall/vouchers/collect", new CollectVoucherDto { StoreId = store.Id, Code = voucher.VoucherCode! }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, MarketingErrorCodes.VoucherAlreadyCollected);
        // The platform's mall has no vouchers: they are collected at a merchant.
        var operatorClient = await api.LoginAsync(null, "operator");
        await (await operatorClient.PostJsonAsync("/api/host/mall/items", new SaveMallItemDto { Name = "x", Kind = MallItemKind.Voucher, PointsCost = 1 }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, MarketingErrorCodes.InvalidMallItem);
    }

    [Fact]
    public async Task Twenty_customers_racing_for_five_platform_coupons_in_the_mall_get_five()
    {
        var template = await _driver.PlatformTemplateAsync(MarketingDriver.Threshold(300, 1_000, total: 100));
        var item = await ItemAsync(null, new SaveMallItemDto { Name = "平台3元券", Kind = MallItemKind.Coupon, CouponTemplateId = template.Id, PointsCost = 100, Stock = 5 });
        var customers = new List<HttpClient>();
        for (var i = 0; i < 20; i++)
        {
            var (client, id) = await _driver.Ordering.Payments.CustomerAsync($"sim-mall-race-{i}");
            await _driver.Ordering.Bookings.GivePointsAsync(id, 100);
            customers.Add(client);
        }
        (await (await customers[0].GetAsync("/api/app/mall/platform")).ReadAsAsync<PagedResultDto<CustomerMallItemDto>>()).Items.ShouldContain(i => i.Item.Id == item.Id);

        using var start = new ManualResetEventSlim();
        var responses = await Task.WhenAll(customers.Select(c => Task.Run(async () =>
        {
            start.Wait();
            return await c.PostJsonAsync($"/api/app/mall/items/{item.Id}/redeem", new RedeemMallItemDto());
        })).ToList().Also(_ => start.Set()));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(5);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, MarketingErrorCodes.MallItemSoldOut);
        var balances = await Task.WhenAll(customers.Select(BookingDriver.BalanceAsync));
        balances.Count(b => b == 0).ShouldBe(5); // only the five who got one paid
        balances.Count(b => b == 100).ShouldBe(15);
    }
}
