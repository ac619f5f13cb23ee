using System.Net;
using System.Text;
using LocalLife.Errors;
using LocalLife.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Loyalty;

[Collection(ApiCollection.Name)]
public sealed class LoyaltyApiTests(ApiFixture api)
{
    private static SaveRebateRuleDto Rule(string name = "饮品双倍") => new()
    {
        Name = name, Basis = RebateBasis.Categories, Categories = ["drinks"], PointsPer100Yuan = 20,
        ValidFrom = DateTimeOffset.UtcNow.AddDays(-1), ValidTo = DateTimeOffset.UtcNow.AddDays(30),
    };

    [Fact]
    public async Task A_manager_sets_up_rebate_rules_for_the_own_merchant_only()
    {
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        var rule = await (await manager.PostJsonAsync("/api/admin/rebate-rules", Rule())).ReadAsAsync<RebateRuleDto>(HttpStatusCode.Created);
        rule.IsActive.ShouldBeTrue();
        (await (await manager.PostAsync($"/api/admin/rebate-rules/{rule.Id}/deactivate", null)).ReadAsAsync<RebateRuleDto>()).IsActive.ShouldBeFalse();
        var updated = await (await manager.PutJsonAsync($"/api/admin/rebate-rules/{rule.Id}", Rule("全场 5 分") with { Basis = RebateBasis.TotalSpend, Categories = [], PointsPer100Yuan = 5 }))
            .ReadAsAsync<RebateRuleDto>();
        updated.Name.ShouldBe("全场 5 分");

        var tea = await api.LoginAsync(ApiFixture.TeaTenant, "owner");
        await (await tea.PutJsonAsync($"/api/admin/rebate-rules/{rule.Id}", Rule())).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        await (await tea.PostAsync($"/api/admin/rebate-rules/{rule.Id}/activate", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        (await (await tea.GetAsync("/api/admin/rebate-rules")).ReadAsAsync<List<RebateRuleDto>>()).ShouldNotContain(r => r.Id == rule.Id);
        await (await tea.PostJsonAsync("/api/admin/rebate-rules", Rule() with { StoreId = Guid.NewGuid() }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
    }

    [Fact]
    public async Task Bad_rules_are_field_errors_and_front_desk_cannot_manage_them()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var problem = await (await owner.PostJsonAsync("/api/admin/rebate-rules", Rule() with { Name = "", Categories = [], PointsPer100Yuan = 0 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
        foreach (var field in new[] { "name", "categories", "pointsPer100Yuan" }) problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(field);
        var frontDesk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");
        await (await frontDesk.PostJsonAsync("/api/admin/rebate-rules", Rule())).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLifeErrorCodes.Forbidden);
    }

    [Fact]
    public async Task The_platform_sets_the_points_rules_within_sane_bounds()
    {
        var admin = await api.LoginAsync(null, "admin");
        var settings = await (await admin.GetAsync("/api/host/loyalty/settings")).ReadAsAsync<LoyaltySettingsDto>();
        settings.PointsPerYuan.ShouldBe(100);
        settings.Levels.First().ThresholdFen.ShouldBe(0);

        var halfCap = await (await admin.PutJsonAsync("/api/host/loyalty/settings", settings with { OffsetCapPercent = 50 })).ReadAsAsync<LoyaltySettingsDto>();
        halfCap.OffsetCapPercent.ShouldBe(50);
        await (await admin.PutJsonAsync("/api/host/loyalty/settings", settings with { Levels = [settings.Levels[1]] }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, LoyaltyErrorCodes.InvalidSettings);
        await (await admin.PutJsonAsync("/api/host/loyalty/settings", settings with { PointsPerYuan = 0 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
        await admin.PutJsonAsync("/api/host/loyalty/settings", settings);

        var operatorClient = await api.LoginAsync(null, "operator");
        await (await operatorClient.PutJsonAsync("/api/host/loyalty/settings", settings)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLifeErrorCodes.Forbidden);
    }

    [Fact]
    public async Task An_adjustment_is_idempotent_and_cannot_take_more_than_the_balance()
    {
        var admin = await api.LoginAsync(null, "admin");
        var customer = await NewCustomerAsync();
        var add = new AdjustPointsDto { CustomerId = customer, Delta = 300, Note = "补偿", IdempotencyKey = "k-" + customer };
        var first = await (await admin.PostJsonAsync("/api/host/loyalty/adjustments", add)).ReadAsAsync<PointsEntryDto>();
        var again = await (await admin.PostJsonAsync("/api/host/loyalty/adjustments", add)).ReadAsAsync<PointsEntryDto>();
        again.Id.ShouldBe(first.Id);
        first.BalanceAfter.ShouldBe(300);
        await (await admin.PostJsonAsync("/api/host/loyalty/adjustments", add with { Delta = -500, IdempotencyKey = "k2-" + customer }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, LoyaltyErrorCodes.InsufficientPoints);
    }

    [Fact]
    public async Task Points_for_a_customer_who_does_not_exist_are_not_found_and_open_no_wallet()
    {
        var admin = await api.LoginAsync(null, "admin");
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var staff = await (await owner.GetAsync("/api/admin/staff?take=100")).ReadAsAsync<Common.PagedResultDto<StaffDto>>();
        // An id nobody has, and a staff account's: neither has a points wallet.
        foreach (var nobody in new[] { Guid.NewGuid(), staff.Items.Single(s => s.UserName == "waiter").Id })
        {
            await (await admin.PostJsonAsync("/api/host/loyalty/adjustments", new AdjustPointsDto { CustomerId = nobody, Delta = 10, Note = "x", IdempotencyKey = "nobody-" + nobody }))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
            await using var scope = api.Factory.Services.CreateAsyncScope();
            (await scope.ServiceProvider.GetRequiredService<IPointsRepository>().FindAccountAsync(nobody, default)).ShouldBeNull();
        }
    }

    [Fact]
    public async Task A_rule_valid_from_a_plus_eight_time_is_valid_from_that_instant_in_utc()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var from = new DateTimeOffset(2026, 12, 5, 12, 0, 0, TimeSpan.Zero);
        var rule = await (await owner.PostAsync("/api/admin/rebate-rules", new StringContent(
                """{"name":"+8 规则","basis":"TotalSpend","categories":[],"pointsPer100Yuan":5,"validFrom":"2026-12-05T20:00:00+08:00","validTo":"2026-12-06T00:00:00+08:00"}""",
                Encoding.UTF8, "application/json")))
            .ReadAsAsync<RebateRuleDto>(HttpStatusCode.Created);
        (rule.ValidFrom, rule.ValidTo).ShouldBe((from, from.AddHours(4)));
        rule.ValidFrom!.Value.Offset.ShouldBe(TimeSpan.Zero);
        await owner.PostAsync($"/api/admin/rebate-rules/{rule.Id}/deactivate", null);
    }

    [Fact]
    public async Task Settlement_reports_answer_for_the_platform_and_for_one_merchant()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var admin = await api.LoginAsync(null, "admin");
        (await admin.GetAsync($"/api/host/loyalty/settlement?from={today.AddDays(-7):yyyy-MM-dd}&to={today:yyyy-MM-dd}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        (await owner.GetAsync($"/api/admin/rebate-rules/settlement?from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await owner.GetAsync($"/api/admin/rebate-rules/settlement?from={today:yyyy-MM-dd}&to={today.AddDays(-3):yyyy-MM-dd}"))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
    }

    private async Task<Guid> NewCustomerAsync()
    {
        await using var scope = api.Factory.Services.CreateAsyncScope();
        var customer = new AppUser(Guid.CreateVersion7(), null, "wx.test-" + Guid.NewGuid().ToString("N")[..12], "顾客", UserKind.Customer);
        (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().CreateAsync(customer)).Succeeded.ShouldBeTrue();
        return customer.Id;
    }
}
