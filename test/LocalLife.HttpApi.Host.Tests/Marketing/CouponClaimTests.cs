using System.Net;
using LocalLife.Common;

using LocalLife.Bookings;

namespace LocalLife.Marketing;

/// <summary>Claims: never more coupons than a template has, never more per customer than its limit, whatever the races.</summary>
[Collection(MarketingCollection.Name)]
public sealed class CouponClaimTests(WeChatApiFixture api)
{
    private readonly MarketingDriver _driver = new(api);

    [Fact]
    public async Task A_template_of_100_claimed_by_500_customers_at_once_issues_exactly_100()
    {
        var template = await _driver.MerchantTemplateAsync(ApiFixture.TeaTenant, MarketingDriver.Threshold(500, 3_000, total: 100));
        var storeId = (await _driver.Ordering.Bookings.StoreAsync(ApiFixture.TeaTenant)).Id;
        var customers = await _driver.CustomersAsync("sim-claim-race", 500);

        using var start = new ManualResetEventSlim();
        var responses = await Task.WhenAll(customers.Select(c => Task.Run(async () =>
        {
            start.Wait();
            return await MarketingDriver.ClaimAsync(c, template.Id, storeId);
        })).ToList().Also(_ => start.Set()));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(100);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, MarketingErrorCodes.TemplateExhausted);
        var manager = await api.LoginAsync(ApiFixture.TeaTenant, "manager");
        var report = await (await manager.GetAsync($"/api/admin/coupon-templates/{template.Id}/report")).ReadAsAsync<CouponTemplateReportDto>();
        report.Issued.ShouldBe(100);
    }

    [Fact]
    public async Task One_customer_claiming_twenty_times_at_once_holds_no_more_than_the_limit()
    {
        var template = await _driver.MerchantTemplateAsync(ApiFixture.TeaTenant, MarketingDriver.Threshold(500, 3_000, total: 1_000, perCustomer: 3));
        var storeId = (await _driver.Ordering.Bookings.StoreAsync(ApiFixture.TeaTenant)).Id;
        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-claim-limit-race");

        using var start = new ManualResetEventSlim();
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(async () =>
        {
            start.Wait();
            return await MarketingDriver.ClaimAsync(customer, template.Id, storeId);
        })).ToList().Also(_ => start.Set()));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBeInRange(1, 3);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
            await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, MarketingErrorCodes.ClaimLimitReached);
        (await MarketingDriver.MineAsync(customer)).Items.Count(c => c.TemplateId == template.Id).ShouldBe(responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        while ((await MarketingDriver.ClaimAsync(customer, template.Id, storeId)).StatusCode == HttpStatusCode.Created) { }
        (await MarketingDriver.MineAsync(customer)).Items.Count(c => c.TemplateId == template.Id).ShouldBe(3);
    }

    [Fact]
    public async Task Merchants_see_and_change_only_their_own_templates_and_customers_claim_them_only_where_they_apply()
    {
        var template = await _driver.MerchantTemplateAsync(ApiFixture.KtvTenant, MarketingDriver.Threshold(500, 3_000));
        var other = await api.LoginAsync(ApiFixture.CafeTenant, "manager");
        (await other.GetAsync($"/api/admin/coupon-templates/{template.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsync($"/api/admin/coupon-templates/{template.Id}/pause", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await other.GetAsync("/api/admin/coupon-templates?take=100")).ReadAsAsync<PagedResultDto<CouponTemplateDto>>())
            .Items.ShouldNotContain(t => t.Id == template.Id);
        var kitchen = await api.LoginAsync(ApiFixture.KtvTenant, "kitchen");
        (await kitchen.GetAsync("/api/admin/coupon-templates")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var desk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        (await desk.PostJsonAsync("/api/admin/coupon-templates", MarketingDriver.Threshold(1, 2))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var (customer, _) = await _driver.Ordering.Payments.CustomerAsync("sim-claim-elsewhere");
        var cafeStore = (await _driver.Ordering.Bookings.StoreAsync(ApiFixture.CafeTenant)).Id;
        (await MarketingDriver.ClaimAsync(customer, template.Id, cafeStore)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await MarketingDriver.ClaimAsync(customer, template.Id, null)).StatusCode.ShouldBe(HttpStatusCode.NotFound); // not a platform coupon

        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        (await manager.PostAsync($"/api/admin/coupon-templates/{template.Id}/pause", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ktvStore = (await _driver.Ordering.Bookings.StoreAsync(ApiFixture.KtvTenant)).Id;
        await (await MarketingDriver.ClaimAsync(customer, template.Id, ktvStore)).ShouldBeProblemAsync(HttpStatusCode.Conflict, MarketingErrorCodes.TemplateNotClaimable);
        (await manager.PostAsync($"/api/admin/coupon-templates/{template.Id}/end", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await manager.PostAsync($"/api/admin/coupon-templates/{template.Id}/resume", null))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, MarketingErrorCodes.TemplateNotClaimable);
    }

    [Fact]
    public async Task Inconsistent_or_malformed_templates_are_refused_with_their_reason()
    {
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        var noMinimum = MarketingDriver.Threshold(1_000, 0);
        await (await manager.PostJsonAsync("/api/admin/coupon-templates", noMinimum))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, MarketingErrorCodes.InvalidCouponRules);
        await (await manager.PostJsonAsync("/api/admin/coupon-templates", MarketingDriver.Threshold(1_000, 5_000) with { Validity = CouponValidity.FixedDates }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, MarketingErrorCodes.InvalidValidity);
        await (await manager.PostJsonAsync("/api/admin/coupon-templates", MarketingDriver.Threshold(1_000, 5_000) with { Name = "", TotalQuantity = 0 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, "LocalLife:Validation");
        // A merchant cannot hand out the platform's new-customer gift.
        await (await manager.PostJsonAsync("/api/admin/coupon-templates", MarketingDriver.Threshold(1_000, 5_000) with { NewCustomerGift = true }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, MarketingErrorCodes.InvalidCouponRules);
    }
}
