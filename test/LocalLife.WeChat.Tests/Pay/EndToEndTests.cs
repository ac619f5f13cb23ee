using System.Net;
using System.Net.Http.Json;
using LocalLife.WeChat.Pay;
using LocalLife.WeChat.Simulator;
using LocalLife.WeChat.Tests.Infrastructure;

namespace LocalLife.WeChat.Tests.Pay;

/// <summary>Pay and refund as a demo does: the simulator POSTs real notifications to a host endpoint that parses them.</summary>
public sealed class EndToEndTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Paying_through_the_simulator_delivers_a_notification_the_host_parses()
    {
        await using var host = await WeChatTestHost.StartAsync();
        await using var receiver = await NotificationReceiver.StartAsync(host.Get<WeChatPayNotificationParser>());
        var pay = host.Get<WeChatPayClient>();
        await pay.PrepayJsapiAsync(new JsapiPrepayOrder("E-1", "KTV 中包", 26800, "o-payer") { NotifyUrl = receiver.NotifyUrl }, Ct);

        using var http = new HttpClient();
        var response = await http.PostAsync($"{host.SimulatorHost.BaseAddress}/sim/pay/E-1", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var payment = (await response.Content.ReadFromJsonAsync<SimulatedPayment>())!;

        payment.Delivered.ShouldBeTrue();
        var notification = await receiver.FirstAsync();
        notification.EventType.ShouldBe(WeChatPayEventTypes.TransactionSuccess);
        var t = notification.Transaction.ShouldNotBeNull();
        t.OutTradeNo.ShouldBe("E-1");
        t.TransactionId.ShouldBe(payment.TransactionId);
        t.TradeState.ShouldBe(WeChatPayTradeStates.Success);
        t.MchId.ShouldBe(TestKeys.MchId);
        t.Amount!.Total.ShouldBe(26800);
        t.Amount.PayerTotal.ShouldBe(26800);
        t.SuccessTime.ShouldNotBeNull();
        (await pay.QueryByOutTradeNoAsync("E-1", null, Ct)).TradeState.ShouldBe(WeChatPayTradeStates.Success);
    }

    [Fact]
    public async Task A_partner_notification_names_the_sub_merchant()
    {
        await using var host = await WeChatTestHost.StartAsync(WeChatPayMode.Partner);
        await using var receiver = await NotificationReceiver.StartAsync(host.Get<WeChatPayNotificationParser>());
        await host.Get<WeChatPayClient>().PrepayJsapiAsync(
            new JsapiPrepayOrder("E-2", "奶茶", 1800, "o-sp") { SubMchId = TestKeys.SubMchId, NotifyUrl = receiver.NotifyUrl }, Ct);

        await host.Simulator.PayAsync("E-2", Ct);

        var t = (await receiver.FirstAsync()).Transaction.ShouldNotBeNull();
        t.SpMchId.ShouldBe(TestKeys.MchId);
        t.SubMchId.ShouldBe(TestKeys.SubMchId);
        t.Payer!.SpOpenId.ShouldBe("o-sp");
    }

    [Fact]
    public async Task A_refused_delivery_is_retried_until_the_host_acknowledges()
    {
        await using var host = await WeChatTestHost.StartAsync();
        await using var receiver = await NotificationReceiver.StartAsync(host.Get<WeChatPayNotificationParser>());
        receiver.RefuseFirst = 2;
        await host.Get<WeChatPayClient>().PrepayJsapiAsync(new JsapiPrepayOrder("E-3", "x", 100, "o") { NotifyUrl = receiver.NotifyUrl }, Ct);

        var payment = await host.Simulator.PayAsync("E-3", Ct);

        payment.Delivered.ShouldBeTrue();
        receiver.Calls.ShouldBe(3);
        host.Simulator.Notifications.Deliveries.ShouldHaveSingleItem().Attempts.ShouldBe(3);
        receiver.Received.ShouldHaveSingleItem().Transaction!.OutTradeNo.ShouldBe("E-3");
    }

    [Fact]
    public async Task A_host_that_trusts_another_key_answers_401_and_the_delivery_fails()
    {
        await using var host = await WeChatTestHost.StartAsync();
        await using var other = await WeChatTestHost.StartAsync();
        await using var receiver = await NotificationReceiver.StartAsync(other.Get<WeChatPayNotificationParser>());
        await host.Get<WeChatPayClient>().PrepayJsapiAsync(new JsapiPrepayOrder("E-4", "x", 100, "o") { NotifyUrl = receiver.NotifyUrl }, Ct);

        var payment = await host.Simulator.PayAsync("E-4", Ct);

        payment.Delivered.ShouldBeFalse();
        receiver.Received.ShouldBeEmpty();
        var delivery = host.Simulator.Notifications.Deliveries.ShouldHaveSingleItem();
        delivery.LastStatus.ShouldBe(401);
        delivery.Attempts.ShouldBe(3);
    }

    [Fact]
    public async Task Refunds_cannot_exceed_the_paid_total_and_settle_with_a_notification()
    {
        await using var host = await WeChatTestHost.StartAsync();
        await using var receiver = await NotificationReceiver.StartAsync(host.Get<WeChatPayNotificationParser>());
        await host.Get<WeChatPayClient>().PrepayJsapiAsync(new JsapiPrepayOrder("E-5", "x", 1000, "o") { NotifyUrl = receiver.NotifyUrl }, Ct);
        await host.Simulator.PayAsync("E-5", Ct);
        var refunds = host.Get<WeChatPayRefundClient>();

        var first = await refunds.RefundAsync(new WeChatPayRefundOrder("E-5", "R-1", 600, 1000) { NotifyUrl = receiver.NotifyUrl }, Ct);
        var tooMuch = await Should.ThrowAsync<WeChatPayApiException>(
            () => refunds.RefundAsync(new WeChatPayRefundOrder("E-5", "R-2", 401, 1000), Ct));
        await refunds.RefundAsync(new WeChatPayRefundOrder("E-5", "R-3", 400, 1000), Ct);
        await host.Simulator.WhenSettledAsync();

        first.Status.ShouldBe(WeChatPayRefundStatuses.Processing);
        first.Amount!.Refund.ShouldBe(600);
        tooMuch.Status.ShouldBe(HttpStatusCode.BadRequest);
        tooMuch.Code.ShouldBe(WeChatPayErrorCodes.InvalidRequest);
        tooMuch.ErrorMessage.ShouldBe("申请退款金额超过订单可退金额");
        (await refunds.QueryAsync("R-1", null, Ct)).Status.ShouldBe(WeChatPayRefundStatuses.Success);
        (await Should.ThrowAsync<WeChatPayApiException>(() => refunds.QueryAsync("R-2", null, Ct))).Status.ShouldBe(HttpStatusCode.NotFound);

        var refund = receiver.Received.Select(n => n.Refund).OfType<WeChatPayRefundNotification>().ShouldHaveSingleItem();
        refund.OutRefundNo.ShouldBe("R-1");
        refund.RefundStatus.ShouldBe(WeChatPayRefundStatuses.Success);
        refund.Amount!.Refund.ShouldBe(600);
        refund.Amount.Total.ShouldBe(1000);
    }

    [Fact]
    public async Task A_partner_refund_names_the_sub_merchant()
    {
        await using var host = await WeChatTestHost.StartAsync(WeChatPayMode.Partner);
        await host.Get<WeChatPayClient>().PrepayJsapiAsync(new JsapiPrepayOrder("E-6", "x", 500, "o") { SubMchId = TestKeys.SubMchId }, Ct);
        await host.Simulator.PayAsync("E-6", Ct);
        var refunds = host.Get<WeChatPayRefundClient>();

        await refunds.RefundAsync(new WeChatPayRefundOrder("E-6", "R-6", 500, 500) { SubMchId = TestKeys.SubMchId }, Ct);
        await host.Simulator.WhenSettledAsync();

        (await refunds.QueryAsync("R-6", TestKeys.SubMchId, Ct)).Status.ShouldBe(WeChatPayRefundStatuses.Success);
        (await Should.ThrowAsync<WeChatPayApiException>(() => refunds.QueryAsync("R-6", "1900009999", Ct))).Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
