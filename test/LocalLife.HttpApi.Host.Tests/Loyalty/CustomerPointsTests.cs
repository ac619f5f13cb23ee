using System.Net;
using LocalLife.Common;
using LocalLife.Errors;
using LocalLife.Payments;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Loyalty;

[Collection(WeChatCollection.Name)]
public sealed class CustomerPointsTests(WeChatApiFixture api)
{
    private readonly PaymentDriver _driver = new(api);

    [Fact]
    public async Task A_customer_sees_balance_level_history_and_what_points_can_pay()
    {
        var (customer, customerId) = await _driver.CustomerAsync("sim-points-" + Guid.NewGuid().ToString("N")[..8]);
        var empty = await (await customer.GetAsync("/api/app/loyalty/account")).ReadAsAsync<PointsAccountDto>();
        (empty.Balance, empty.LevelCode, empty.NextLevelCode).ShouldBe((0L, "normal", "silver"));

        var admin = await api.LoginAsync(null, "admin");
        await admin.PostJsonAsync("/api/host/loyalty/adjustments", new AdjustPointsDto { CustomerId = customerId, Delta = 1500, Note = "欢迎礼", IdempotencyKey = "welcome-" + customerId });

        var account = await (await customer.GetAsync("/api/app/loyalty/account")).ReadAsAsync<PointsAccountDto>();
        account.Balance.ShouldBe(1500);
        account.ExpiringSoon.ShouldBe(0);
        var history = await (await customer.GetAsync("/api/app/loyalty/history")).ReadAsAsync<PagedResultDto<PointsEntryDto>>();
        history.Items.Single().Note.ShouldBe("欢迎礼");

        // 1500 points = 15 yuan; a 10 yuan deposit may be fully offset under the default 100 % cap.
        var preview = await (await customer.GetAsync("/api/app/loyalty/preview?documentType=BookingDeposit&payableFen=1000")).ReadAsAsync<RedemptionPreviewDto>();
        (preview.MaxPoints, preview.MaxOffsetFen, preview.PayFen).ShouldBe((1000L, 1000L, 0L));
        var bigger = await (await customer.GetAsync("/api/app/loyalty/preview?documentType=BookingDeposit&payableFen=100000")).ReadAsAsync<RedemptionPreviewDto>();
        (bigger.MaxPoints, bigger.PayFen).ShouldBe((1500L, 98500L));
        await (await customer.GetAsync("/api/app/loyalty/preview?payableFen=-1")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
    }

    [Fact]
    public async Task Staff_cannot_read_a_points_wallet_and_anonymous_callers_must_sign_in()
    {
        var staff = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        await (await staff.GetAsync("/api/app/loyalty/account")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLifeErrorCodes.Forbidden);
        await (await api.CreateClient().GetAsync("/api/app/loyalty/account")).ShouldBeProblemAsync(HttpStatusCode.Unauthorized, LocalLifeErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task The_expiry_job_expires_due_points_once_and_leaves_the_rest()
    {
        var (customer, customerId) = await _driver.CustomerAsync("sim-expiry-" + Guid.NewGuid().ToString("N")[..8]);
        var admin = await api.LoginAsync(null, "admin");
        await admin.PostJsonAsync("/api/host/loyalty/adjustments", new AdjustPointsDto { CustomerId = customerId, Delta = 700, Note = "活动", IdempotencyKey = "x-" + customerId });

        await using (var scope = api.Factory.Services.CreateAsyncScope())
        {
            var job = scope.ServiceProvider.GetRequiredService<ExpirePointsJob>();
            (await job.ExpireAsync(DateTimeOffset.UtcNow.AddDays(30), 100, default)).ShouldBe(0);
            (await job.ExpireAsync(DateTimeOffset.UtcNow.AddDays(400), 100, default)).ShouldBeGreaterThanOrEqualTo(700);
            (await job.ExpireAsync(DateTimeOffset.UtcNow.AddDays(400), 100, default)).ShouldBe(0);
        }
        var account = await (await customer.GetAsync("/api/app/loyalty/account")).ReadAsAsync<PointsAccountDto>();
        account.Balance.ShouldBe(0);
        var history = await (await customer.GetAsync("/api/app/loyalty/history")).ReadAsAsync<PagedResultDto<PointsEntryDto>>();
        history.Items.Select(e => e.Kind).ShouldBe([PointsEntryKind.Expire, PointsEntryKind.Adjust]);
    }
}

[Collection(WeChatCollection.Name)]
public sealed class BirthdayBonusTests(WeChatApiFixture api)
{
    private readonly PaymentDriver _driver = new(api);

    [Fact]
    public async Task A_customer_gets_the_level_birthday_bonus_once_a_year_on_their_birthday()
    {
        var (customer, customerId) = await _driver.CustomerAsync("sim-bday-" + Guid.NewGuid().ToString("N")[..8]);
        var birthday = new DateOnly(1995, 3, 14);
        var profile = await (await customer.PutJsonAsync("/api/app/account/birthday", new Identity.SetBirthdayDto { Birthday = birthday }))
            .ReadAsAsync<Identity.CustomerProfileDto>();
        profile.Birthday.ShouldBe(birthday);
        await (await customer.PutJsonAsync("/api/app/account/birthday", new Identity.SetBirthdayDto { Birthday = new DateOnly(1990, 1, 1) }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, Identity.IdentityErrorCodes.BirthdayAlreadySet);

        var admin = await api.LoginAsync(null, "admin");
        var settings = await (await admin.GetAsync("/api/host/loyalty/settings")).ReadAsAsync<LoyaltySettingsDto>();
        var generous = settings with { Levels = [settings.Levels[0] with { BirthdayBonusPoints = 88 }, .. settings.Levels.Skip(1)] };
        (await admin.PutJsonAsync("/api/host/loyalty/settings", generous)).StatusCode.ShouldBe(HttpStatusCode.OK);
        try
        {
            await using var scope = api.Factory.Services.CreateAsyncScope();
            var job = scope.ServiceProvider.GetRequiredService<BirthdayBonusJob>();
            (await job.GrantAsync(new DateOnly(2026, 3, 13), default)).ShouldBe(0);
            (await job.GrantAsync(new DateOnly(2026, 3, 14), default)).ShouldBeGreaterThanOrEqualTo(1);
            await job.GrantAsync(new DateOnly(2026, 3, 14), default); // a rerun the same year grants nothing more
        }
        finally
        {
            await admin.PutJsonAsync("/api/host/loyalty/settings", settings);
        }
        var account = await (await customer.GetAsync("/api/app/loyalty/account")).ReadAsAsync<PointsAccountDto>();
        account.Balance.ShouldBe(88);
        var history = await (await customer.GetAsync("/api/app/loyalty/history")).ReadAsAsync<PagedResultDto<PointsEntryDto>>();
        history.Items.Single().Kind.ShouldBe(PointsEntryKind.Bonus);
    }
}
