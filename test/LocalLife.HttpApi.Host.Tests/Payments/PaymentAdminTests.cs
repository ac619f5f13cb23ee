using System.Net;
using LocalLife.Common;

namespace LocalLife.Payments;

/// <summary>Who sees which payment, and the daily reconciliation of a tenant and of the platform.</summary>
[Collection(WeChatCollection.Name)]
public sealed class PaymentAdminTests(WeChatApiFixture api)
{
    private static readonly TimeZoneInfo Shanghai = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private readonly PaymentDriver _driver = new(api);

    [Fact]
    public async Task Staff_of_another_tenant_get_404_for_every_payment_endpoint()
    {
        var payment = await _driver.CreatePaidAsync(ApiFixture.KtvTenant, "sim-cross-tenant", 1500);
        var tea = await api.LoginAsync(ApiFixture.TeaTenant, "manager");

        (await tea.GetAsync($"/api/admin/payments/{payment.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tea.PostAsync($"/api/admin/payments/{payment.Id}/sync", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await tea.PostAsync($"/api/admin/payments/{payment.Id}/close", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var refund = await tea.PostJsonAsync($"/api/admin/payments/{payment.Id}/refunds", new RefundPaymentDto { AmountFen = 1, IdempotencyKey = "x" });
        refund.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = await (await tea.GetAsync("/api/admin/payments?take=100")).ReadAsAsync<PagedResultDto<PaymentDto>>();
        list.Items.ShouldNotContain(p => p.Id == payment.Id);
        (await _driver.GetAsync(ApiFixture.KtvTenant, payment.Id)).Refunds.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_customer_sees_only_their_own_payments()
    {
        var payment = await _driver.CreatePaidAsync(ApiFixture.KtvTenant, "sim-own-1", 900);
        var (other, _) = await _driver.CustomerAsync("sim-own-2");

        (await other.GetAsync($"/api/app/payments/{payment.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.PostAsync($"/api/app/payments/{payment.Id}/sync", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_list_filters_by_status_and_number_and_front_desk_may_read_but_not_refund()
    {
        var payment = await _driver.CreatePaidAsync(ApiFixture.KtvTenant, "sim-list", 1200);
        var frontDesk = await api.LoginAsync(ApiFixture.KtvTenant, "frontdesk");

        var byNumber = await (await frontDesk.GetAsync($"/api/admin/payments?outTradeNo={payment.OutTradeNo}")).ReadAsAsync<PagedResultDto<PaymentDto>>();
        byNumber.Items.ShouldHaveSingleItem().Id.ShouldBe(payment.Id);
        var closed = await (await frontDesk.GetAsync("/api/admin/payments?status=Closed&take=100")).ReadAsAsync<PagedResultDto<PaymentDto>>();
        closed.Items.ShouldNotContain(p => p.Id == payment.Id);
        var refund = await frontDesk.PostJsonAsync($"/api/admin/payments/{payment.Id}/refunds", new RefundPaymentDto { AmountFen = 1, IdempotencyKey = "fd" });
        refund.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Reconciliation_counts_a_tenants_day_in_its_time_zone_and_the_platform_sees_every_tenant()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Shanghai).DateTime);
        var owner = await api.LoginAsync(ApiFixture.CafeTenant, "owner");
        var admin = await api.LoginAsync(null, "admin");
        var url = $"/api/admin/payments/reconciliation?date={today:yyyy-MM-dd}";
        var hostUrl = $"/api/host/payments/reconciliation?date={today:yyyy-MM-dd}";
        var before = await (await owner.GetAsync(url)).ReadAsAsync<PaymentReconciliationDto>();
        var hostBefore = await (await admin.GetAsync(hostUrl)).ReadAsAsync<HostPaymentReconciliationDto>();

        var payment = await _driver.CreatePaidAsync(ApiFixture.CafeTenant, "sim-reconcile", 5000);
        await owner.PostJsonAsync($"/api/admin/payments/{payment.Id}/refunds", new RefundPaymentDto { AmountFen = 1000, IdempotencyKey = "r1" });
        await api.Simulator.WhenSettledAsync();

        var after = await (await owner.GetAsync(url)).ReadAsAsync<PaymentReconciliationDto>();
        after.TimeZone.ShouldBe("Asia/Shanghai");
        (after.To - after.From).ShouldBe(TimeSpan.FromDays(1));
        after.From.ShouldBe(new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.FromHours(8)));
        (after.PaidCount - before.PaidCount).ShouldBe(1);
        (after.PaidFen - before.PaidFen).ShouldBe(5000);
        (after.RefundCount - before.RefundCount).ShouldBe(1);
        (after.RefundedFen - before.RefundedFen).ShouldBe(1000);
        (after.NetFen - before.NetFen).ShouldBe(4000);

        var host = await (await admin.GetAsync(hostUrl)).ReadAsAsync<HostPaymentReconciliationDto>();
        host.Tenants.Single(t => t.TenantName == ApiFixture.CafeTenant).NetFen.ShouldBe(after.NetFen);
        (host.NetFen - hostBefore.NetFen).ShouldBe(4000);
        host.NetFen.ShouldBe(host.Tenants.Sum(t => t.NetFen));

        (await owner.GetAsync(hostUrl)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_platform_sets_a_tenants_sub_merchant_and_new_payments_use_it()
    {
        var admin = await api.LoginAsync(null, "admin");
        var tenantId = await _driver.TenantIdAsync(ApiFixture.TeaTenant);
        var url = $"/api/host/payments/settings/{tenantId}";
        var original = await (await admin.GetAsync(url)).ReadAsAsync<PaymentSettingsDto>();
        original.WeChatPaySubMchId.ShouldBe(PaymentFlowTests.DemoSubMchId(ApiFixture.TeaTenant));

        var updated = await (await admin.PutJsonAsync(url, new UpdatePaymentSettingsDto { WeChatPaySubMchId = "1900000299", TimeZone = "Asia/Shanghai" }))
            .ReadAsAsync<PaymentSettingsDto>();
        updated.WeChatPaySubMchId.ShouldBe("1900000299");
        var (_, customerId) = await _driver.CustomerAsync("sim-new-sub");
        var created = await _driver.CreatePaymentAsync(ApiFixture.TeaTenant, customerId, 800);
        api.Simulator.Ledger.Find("1900000299", created.Payment.OutTradeNo).Request.SubMchId.ShouldBe("1900000299");

        var unknownZone = await admin.PutJsonAsync(url, new UpdatePaymentSettingsDto { WeChatPaySubMchId = "1900000299", TimeZone = "Mars/Olympus" });
        await unknownZone.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, PaymentErrorCodes.UnknownTimeZone);
        await admin.PutJsonAsync(url, new UpdatePaymentSettingsDto { WeChatPaySubMchId = original.WeChatPaySubMchId, TimeZone = original.TimeZone });
    }
}
