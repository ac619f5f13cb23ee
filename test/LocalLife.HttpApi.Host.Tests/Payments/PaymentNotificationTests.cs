using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using LocalLife.WeChat.Pay;

namespace LocalLife.Payments;

/// <summary>The notify endpoint trusts only what WeChat Pay signed, and applies it once, whatever arrives how often.</summary>
[Collection(WeChatCollection.Name)]
public sealed class PaymentNotificationTests(WeChatApiFixture api)
{
    private readonly PaymentDriver _driver = new(api);

    public enum Forgery { TamperedBody, WrongSerial, ExpiredTimestamp, ForeignKey, MissingHeaders }

    [Theory]
    [InlineData(Forgery.TamperedBody)]
    [InlineData(Forgery.WrongSerial)]
    [InlineData(Forgery.ExpiredTimestamp)]
    [InlineData(Forgery.ForeignKey)]
    [InlineData(Forgery.MissingHeaders)]
    public async Task A_forged_notification_is_refused_with_401_and_changes_nothing(Forgery forgery)
    {
        var payment = await PendingPaymentAsync("sim-forged-" + forgery);
        var transaction = _driver.PaidSilently(payment.OutTradeNo);

        using var stranger = RSA.Create(2048);
        var request = forgery switch
        {
            // Re-encrypting is not possible without the APIv3 key; flipping the summary is enough to break the signature.
            Forgery.TamperedBody => _driver.Notification(transaction, tamper: body => body.Replace("支付成功", "支付成功!")),
            Forgery.WrongSerial => _driver.Notification(transaction, serial: "PUB_KEY_ID_0100000000SOMEONEELSE00000001"),
            Forgery.ExpiredTimestamp => _driver.Notification(transaction, signedAt: DateTimeOffset.UtcNow.AddMinutes(-6)),
            Forgery.ForeignKey => _driver.Notification(transaction, key: stranger),
            _ => WithoutSignature(_driver.Notification(transaction)),
        };
        using var http = api.CreateRootClient();
        var response = await http.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, PaymentErrorCodes.NotificationSignatureInvalid);
        var after = await _driver.GetAsync(ApiFixture.KtvTenant, payment.Id);
        after.Status.ShouldBe(PaymentStatus.Pending);
        after.TransactionId.ShouldBeNull();
    }

    public enum Mismatch { Amount, SubMerchant, ServiceProvider }

    [Theory]
    [InlineData(Mismatch.Amount)]
    [InlineData(Mismatch.SubMerchant)]
    [InlineData(Mismatch.ServiceProvider)]
    public async Task A_correctly_signed_notification_that_does_not_match_the_payment_is_rejected_and_changes_nothing(Mismatch mismatch)
    {
        var payment = await PendingPaymentAsync("sim-mismatch-" + mismatch);
        var transaction = _driver.PaidSilently(payment.OutTradeNo);
        switch (mismatch)
        {
            case Mismatch.Amount: transaction.Amount!.Total = payment.AmountFen - 1; break;
            case Mismatch.SubMerchant: transaction.SubMchId = "1900009999"; break;
            case Mismatch.ServiceProvider: transaction.SpMchId = "1900008888"; break;
        }
        using var http = api.CreateRootClient();

        var response = await http.SendAsync(_driver.Notification(transaction));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PaymentErrorCodes.NotificationMismatch);
        var after = await _driver.GetAsync(ApiFixture.KtvTenant, payment.Id);
        after.Status.ShouldBe(PaymentStatus.Pending);
        api.Events.Of<PaymentSucceeded>().ShouldNotContain(e => e.PaymentId == payment.Id);
    }

    [Fact]
    public async Task Forty_identical_notifications_at_once_are_all_acknowledged_and_applied_once()
    {
        const int parallel = 40;
        var payment = await PendingPaymentAsync("sim-race");
        var transaction = _driver.PaidSilently(payment.OutTradeNo);
        var requests = Enumerable.Range(0, parallel).Select(_ => _driver.Notification(transaction)).ToList();
        using var http = api.CreateRootClient();

        var clock = Stopwatch.StartNew();
        var responses = await Task.WhenAll(requests.Select(r => http.SendAsync(r)));
        clock.Stop();

        responses.Select(r => r.StatusCode).ShouldAllBe(s => s == HttpStatusCode.NoContent);
        api.Events.Of<PaymentSucceeded>().Count(e => e.PaymentId == payment.Id).ShouldBe(1);
        var after = await _driver.GetAsync(ApiFixture.KtvTenant, payment.Id);
        after.Status.ShouldBe(PaymentStatus.Paid);
        after.TransactionId.ShouldBe(transaction.TransactionId);
        Console.WriteLine($"[measure] {parallel} concurrent identical notifications: {clock.ElapsedMilliseconds} ms, all 204, applied once");
    }

    [Fact]
    public async Task A_notification_for_an_unknown_order_is_404_and_a_signed_but_unreadable_one_400()
    {
        var payment = await PendingPaymentAsync("sim-unknown");
        var transaction = _driver.PaidSilently(payment.OutTradeNo);
        transaction.OutTradeNo = "P000000NOSUCHNO";
        using var http = api.CreateRootClient();

        (await http.SendAsync(_driver.Notification(transaction))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var unreadable = await http.SendAsync(_driver.Notification(transaction, originalType: "something-else"));
        await unreadable.ShouldBeProblemAsync(HttpStatusCode.BadRequest, PaymentErrorCodes.NotificationMalformed);
    }

    [Fact]
    public async Task A_refund_notification_repeated_is_applied_once()
    {
        var payment = await _driver.CreatePaidAsync(ApiFixture.KtvTenant, "sim-refund-repeat", 2000);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        var refund = await (await manager.PostJsonAsync($"/api/admin/payments/{payment.Id}/refunds",
            new RefundPaymentDto { AmountFen = 500, IdempotencyKey = "repeat-1" })).ReadAsAsync<PaymentRefundDto>();
        await api.Simulator.WhenSettledAsync();
        var settled = api.Simulator.Ledger.FindRefund(PaymentFlowTests.DemoSubMchId(ApiFixture.KtvTenant), refund.OutRefundNo).ToNotification();
        using var http = api.CreateRootClient();

        var again = await http.SendAsync(_driver.Notification(settled, WeChatPayNotificationResource.RefundType));

        again.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var after = await _driver.GetAsync(ApiFixture.KtvTenant, payment.Id);
        after.RefundedFen.ShouldBe(500);
        after.Status.ShouldBe(PaymentStatus.PartiallyRefunded);
        api.Events.Of<PaymentRefunded>().Count(e => e.PaymentId == payment.Id).ShouldBe(1);
    }

    private async Task<PaymentDto> PendingPaymentAsync(string customerCode)
    {
        var (_, customerId) = await _driver.CustomerAsync(customerCode);
        return (await _driver.CreatePaymentAsync(ApiFixture.KtvTenant, customerId, 4200)).Payment;
    }

    private static HttpRequestMessage WithoutSignature(HttpRequestMessage request)
    {
        request.Headers.Remove(WeChatPaySignatureHeaders.SignatureHeader);
        return request;
    }
}
