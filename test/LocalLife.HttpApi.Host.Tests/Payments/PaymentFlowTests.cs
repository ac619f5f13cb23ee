using System.Net;
using LocalLife.Errors;
using LocalLife.WeChat.Pay;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Payments;

/// <summary>Prepay, pay, refund and close over real HTTP: host → simulator → the host's own notify endpoint.</summary>
[Collection(WeChatCollection.Name)]
public sealed class PaymentFlowTests(WeChatApiFixture api)
{
    private readonly PaymentDriver _driver = new(api);

    [Fact]
    public async Task Prepay_returns_the_pay_parameters_and_paying_in_WeChat_marks_the_payment_paid_through_the_notification()
    {
        var (customer, customerId) = await _driver.CustomerAsync("sim-pay-alice");
        var created = await _driver.CreatePaymentAsync(ApiFixture.KtvTenant, customerId, 26800);

        created.Payment.Status.ShouldBe(PaymentStatus.Pending);
        created.Payment.OutTradeNo.ShouldMatch("^P[0-9]{6}[2-9A-Z]{8}$");
        created.RequestPayment.Package.ShouldStartWith("prepay_id=wx");
        created.RequestPayment.SignType.ShouldBe("RSA");
        created.RequestPayment.PaySign.ShouldNotBeNullOrEmpty();
        var order = api.Simulator.Ledger.Find(DemoSubMchId(ApiFixture.KtvTenant), created.Payment.OutTradeNo);
        order.Request.SubMchId.ShouldBe(DemoSubMchId(ApiFixture.KtvTenant));
        order.Request.Payer.SpOpenId.ShouldNotBeNullOrEmpty();

        var paid = await _driver.PayAsync(created.Payment.OutTradeNo);

        paid.Delivered.ShouldBeTrue();
        var payment = await _driver.GetAsync(ApiFixture.KtvTenant, created.Payment.Id);
        payment.Status.ShouldBe(PaymentStatus.Paid);
        payment.TransactionId.ShouldBe(paid.TransactionId);
        payment.PaidAt.ShouldNotBeNull();
        (await (await customer.GetAsync($"/api/app/payments/{payment.Id}")).ReadAsAsync<PaymentDto>()).Status.ShouldBe(PaymentStatus.Paid);
        api.Events.Of<PaymentSucceeded>().Where(e => e.PaymentId == payment.Id).ShouldHaveSingleItem().AmountFen.ShouldBe(26800);
    }

    [Fact]
    public async Task Asking_again_for_the_same_order_returns_the_same_payment_and_a_paid_order_is_refused()
    {
        var (_, customerId) = await _driver.CustomerAsync("sim-pay-again");
        var order = Guid.CreateVersion7();
        var first = await _driver.CreatePaymentAsync(ApiFixture.KtvTenant, customerId, 5000, order);
        var second = await _driver.CreatePaymentAsync(ApiFixture.KtvTenant, customerId, 5000, order);

        second.Payment.Id.ShouldBe(first.Payment.Id);
        second.RequestPayment.Package.ShouldBe(first.RequestPayment.Package);
        await _driver.PayAsync(first.Payment.OutTradeNo);
        var paidAgain = await Should.ThrowAsync<BusinessException>(() => _driver.CreatePaymentAsync(ApiFixture.KtvTenant, customerId, 5000, order));
        paidAgain.Code.ShouldBe(PaymentErrorCodes.AlreadyPaid);
    }

    [Fact]
    public async Task The_same_payment_notified_twice_is_applied_once_and_acknowledged_both_times()
    {
        var payment = await _driver.CreatePaidAsync(ApiFixture.KtvTenant, "sim-pay-twice", 1000);

        // The simulator re-sends TRANSACTION.SUCCESS for an order already paid: a new notification, the same transaction.
        var again = await _driver.PayAsync(payment.OutTradeNo);

        again.Delivered.ShouldBeTrue();
        api.Events.Of<PaymentSucceeded>().Count(e => e.PaymentId == payment.Id).ShouldBe(1);
        (await _driver.GetAsync(ApiFixture.KtvTenant, payment.Id)).Status.ShouldBe(PaymentStatus.Paid);
    }

    [Fact]
    public async Task A_payment_whose_notification_is_lost_is_found_paid_by_the_active_query()
    {
        var (customer, customerId) = await _driver.CustomerAsync("sim-pay-lost");
        var created = await _driver.CreatePaymentAsync(ApiFixture.TeaTenant, customerId, 3200);
        _driver.PaidSilently(created.Payment.OutTradeNo);

        var synced = await (await customer.PostAsync($"/api/app/payments/{created.Payment.Id}/sync", null)).ReadAsAsync<PaymentDto>();

        synced.Status.ShouldBe(PaymentStatus.Paid);
        synced.TransactionId.ShouldNotBeNullOrEmpty();
        api.Events.Of<PaymentSucceeded>().Count(e => e.PaymentId == created.Payment.Id).ShouldBe(1);
    }

    [Fact]
    public async Task A_refund_larger_than_what_was_paid_is_refused_with_422()
    {
        var payment = await _driver.CreatePaidAsync(ApiFixture.KtvTenant, "sim-refund-over", 1000);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");

        var response = await manager.PostJsonAsync($"/api/admin/payments/{payment.Id}/refunds",
            new RefundPaymentDto { AmountFen = 1001, IdempotencyKey = "over-1" });

        await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, PaymentErrorCodes.RefundExceedsPaid);
        (await _driver.GetAsync(ApiFixture.KtvTenant, payment.Id)).Refunds.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_partial_then_a_full_refund_are_settled_by_their_notifications()
    {
        var payment = await _driver.CreatePaidAsync(ApiFixture.KtvTenant, "sim-refund-twice", 10000);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        var url = $"/api/admin/payments/{payment.Id}/refunds";

        var first = await (await manager.PostJsonAsync(url, new RefundPaymentDto { AmountFen = 3000, Reason = "少唱一小时", IdempotencyKey = "cancel-1" }))
            .ReadAsAsync<PaymentRefundDto>();
        await api.Simulator.WhenSettledAsync();
        var afterFirst = await _driver.GetAsync(ApiFixture.KtvTenant, payment.Id);
        afterFirst.Status.ShouldBe(PaymentStatus.PartiallyRefunded);
        afterFirst.RefundedFen.ShouldBe(3000);
        afterFirst.RefundableFen.ShouldBe(7000);

        // A retry with the same key is the same refund, not a second one.
        var retried = await (await manager.PostJsonAsync(url, new RefundPaymentDto { AmountFen = 3000, IdempotencyKey = "cancel-1" })).ReadAsAsync<PaymentRefundDto>();
        retried.Id.ShouldBe(first.Id);
        retried.Status.ShouldBe(PaymentRefundStatus.Succeeded);

        await manager.PostJsonAsync(url, new RefundPaymentDto { AmountFen = 7000, IdempotencyKey = "cancel-2" });
        await api.Simulator.WhenSettledAsync();
        var afterSecond = await _driver.GetAsync(ApiFixture.KtvTenant, payment.Id);
        afterSecond.Status.ShouldBe(PaymentStatus.Refunded);
        afterSecond.RefundedFen.ShouldBe(10000);
        afterSecond.Refunds.ShouldAllBe(r => r.Status == PaymentRefundStatus.Succeeded && r.SucceededAt != null);

        var refunded = api.Events.Of<PaymentRefunded>().Where(e => e.PaymentId == payment.Id).ToList();
        refunded.Select(e => e.RefundFen).ShouldBe([3000, 7000]);
        refunded.Last().FullyRefunded.ShouldBeTrue();
        var more = await manager.PostJsonAsync(url, new RefundPaymentDto { AmountFen = 1, IdempotencyKey = "cancel-3" });
        await more.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, PaymentErrorCodes.RefundExceedsPaid);
    }

    [Fact]
    public async Task An_unpaid_payment_is_closed_at_WeChat_and_here_once_its_window_has_passed()
    {
        var (_, customerId) = await _driver.CustomerAsync("sim-expire");
        var created = await _driver.CreatePaymentAsync(ApiFixture.CafeTenant, customerId, 1800);
        var expiresAt = created.Payment.ExpiresAt;
        (expiresAt - created.Payment.CreationTime).ShouldBe(PaymentConsts.PayWindow, TimeSpan.FromSeconds(1));

        await using var scope = api.Factory.Services.CreateAsyncScope();
        var jobs = scope.ServiceProvider.GetRequiredService<PaymentJobs>();
        await jobs.CloseExpiredAsync(expiresAt.AddSeconds(-1), default);
        (await _driver.GetAsync(ApiFixture.CafeTenant, created.Payment.Id)).Status.ShouldBe(PaymentStatus.Pending);

        (await jobs.CloseExpiredAsync(expiresAt.AddSeconds(1), default)).ShouldBeGreaterThanOrEqualTo(1);

        var closed = await _driver.GetAsync(ApiFixture.CafeTenant, created.Payment.Id);
        closed.Status.ShouldBe(PaymentStatus.Closed);
        closed.ClosedAt.ShouldNotBeNull();
        api.Simulator.Ledger.Find(DemoSubMchId(ApiFixture.CafeTenant), created.Payment.OutTradeNo).TradeState.ShouldBe(WeChatPayTradeStates.Closed);
        api.Events.Of<PaymentClosed>().ShouldContain(e => e.PaymentId == created.Payment.Id);
        using var http = api.CreateRootClient();
        (await http.PostAsync($"/wechat-sim/sim/pay/{created.Payment.OutTradeNo}", null)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_paid_payment_cannot_be_closed()
    {
        var payment = await _driver.CreatePaidAsync(ApiFixture.KtvTenant, "sim-close-paid", 700);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");

        var response = await manager.PostAsync($"/api/admin/payments/{payment.Id}/close", null);

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, PaymentErrorCodes.IllegalTransition);
    }

    internal static string DemoSubMchId(string tenant) =>
        LocalLife.Seeding.DemoDataSeeder.SubMchIds[Array.FindIndex(LocalLife.Seeding.DemoDataSeeder.Tenants, t => t.Name == tenant)];
}
