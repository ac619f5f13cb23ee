using System.Net;
using System.Security.Cryptography;
using System.Text;
using LocalLife.WeChat.Pay;
using LocalLife.WeChat.Tests.Infrastructure;

namespace LocalLife.WeChat.Tests.Pay;

public sealed class PrepayTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Direct_prepay_is_idempotent_per_out_trade_no_and_refuses_a_changed_amount()
    {
        await using var host = await WeChatTestHost.StartAsync();
        var pay = host.Get<WeChatPayClient>();
        var order = new JsapiPrepayOrder("D-1001", "KTV 小包 2h", 12800, "o-payer");

        var first = await pay.PrepayJsapiAsync(order, Ct);
        var again = await pay.PrepayJsapiAsync(order, Ct);
        var changed = await Should.ThrowAsync<WeChatPayApiException>(() => pay.PrepayJsapiAsync(order with { TotalFen = 1 }, Ct));

        first.PrepayId.ShouldStartWith("wx");
        again.PrepayId.ShouldBe(first.PrepayId);
        changed.Status.ShouldBe(HttpStatusCode.Forbidden);
        changed.Code.ShouldBe(WeChatPayErrorCodes.OutTradeNoUsed);

        var queried = await pay.QueryByOutTradeNoAsync("D-1001", null, Ct);
        queried.TradeState.ShouldBe(WeChatPayTradeStates.NotPay);
        queried.AppId.ShouldBe(TestKeys.AppId);
        queried.MchId.ShouldBe(TestKeys.MchId);
        queried.Payer!.OpenId.ShouldBe("o-payer");
        queried.Amount!.Total.ShouldBe(12800);
    }

    [Fact]
    public async Task Partner_prepay_names_the_sub_merchant_and_the_right_openid_field()
    {
        await using var host = await WeChatTestHost.StartAsync(WeChatPayMode.Partner);
        var pay = host.Get<WeChatPayClient>();

        var spResult = await pay.PrepayJsapiAsync(new JsapiPrepayOrder("P-1", "茶室", 5000, "o-sp") { SubMchId = TestKeys.SubMchId }, Ct);
        var subResult = await pay.PrepayJsapiAsync(
            new JsapiPrepayOrder("P-2", "咖啡", 3000, "o-sub") { SubMchId = TestKeys.SubMchId, SubAppId = TestKeys.SubAppId }, Ct);

        spResult.RequestPayment.AppId.ShouldBe(TestKeys.AppId);
        subResult.RequestPayment.AppId.ShouldBe(TestKeys.SubAppId);
        var sp = await pay.QueryByOutTradeNoAsync("P-1", TestKeys.SubMchId, Ct);
        sp.SpMchId.ShouldBe(TestKeys.MchId);
        sp.SubMchId.ShouldBe(TestKeys.SubMchId);
        sp.SpAppId.ShouldBe(TestKeys.AppId);
        sp.MchId.ShouldBeNull();
        sp.Payer!.SpOpenId.ShouldBe("o-sp");
        var sub = await pay.QueryByOutTradeNoAsync("P-2", TestKeys.SubMchId, Ct);
        sub.Payer!.SubOpenId.ShouldBe("o-sub");
        sub.SubAppId.ShouldBe(TestKeys.SubAppId);
        (await Should.ThrowAsync<WeChatPayApiException>(() => pay.QueryByOutTradeNoAsync("P-1", "1900009999", Ct)))
            .Code.ShouldBe(WeChatPayErrorCodes.OrderNotExist);
    }

    [Fact]
    public async Task RequestPayment_paySign_verifies_with_the_merchant_public_key()
    {
        await using var host = await WeChatTestHost.StartAsync();
        var result = await host.Get<WeChatPayClient>().PrepayJsapiAsync(new JsapiPrepayOrder("D-2", "x", 1, "o"), Ct);
        var p = result.RequestPayment;

        p.Package.ShouldBe("prepay_id=" + result.PrepayId);
        p.SignType.ShouldBe("RSA");
        using var merchantPublic = RSA.Create();
        merchantPublic.ImportFromPem(TestKeys.MerchantPublicPem);
        bool Verifies(string appId) => merchantPublic.VerifyData(
            Encoding.UTF8.GetBytes($"{appId}\n{p.TimeStamp}\n{p.NonceStr}\n{p.Package}\n"),
            Convert.FromBase64String(p.PaySign), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        Verifies(TestKeys.AppId).ShouldBeTrue();
        Verifies("wx-other-app").ShouldBeFalse();
    }

    [Fact]
    public async Task A_closed_order_reads_closed_and_cannot_be_prepaid_again()
    {
        await using var host = await WeChatTestHost.StartAsync();
        var pay = host.Get<WeChatPayClient>();
        var order = new JsapiPrepayOrder("D-3", "x", 100, "o");
        await pay.PrepayJsapiAsync(order, Ct);

        await pay.CloseAsync("D-3", null, Ct);

        (await pay.QueryByOutTradeNoAsync("D-3", null, Ct)).TradeState.ShouldBe(WeChatPayTradeStates.Closed);
        (await Should.ThrowAsync<WeChatPayApiException>(() => pay.PrepayJsapiAsync(order, Ct))).Code.ShouldBe(WeChatPayErrorCodes.OrderClosed);
    }

    [Fact]
    public async Task A_request_signed_with_another_key_is_refused_with_401()
    {
        await using var host = await WeChatTestHost.StartAsync(
            settings: s => s["WeChat:Pay:MerchantPrivateKeyPem"] = TestKeys.Stranger.ExportPkcs8PrivateKeyPem());

        var e = await Should.ThrowAsync<WeChatPayApiException>(
            () => host.Get<WeChatPayClient>().PrepayJsapiAsync(new JsapiPrepayOrder("D-4", "x", 1, "o"), Ct));

        e.Status.ShouldBe(HttpStatusCode.Unauthorized);
        e.Code.ShouldBe(WeChatPayErrorCodes.SignError);
        host.Simulator.Ledger.Orders.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_request_with_a_wrong_merchant_serial_is_refused_with_401()
    {
        await using var host = await WeChatTestHost.StartAsync(settings: s => s["WeChat:Pay:MerchantSerialNo"] = "0000");

        (await Should.ThrowAsync<WeChatPayApiException>(
            () => host.Get<WeChatPayClient>().QueryByOutTradeNoAsync("D-5", null, Ct))).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_answer_signed_under_an_unexpected_serial_is_not_trusted()
    {
        await using var host = await WeChatTestHost.StartAsync(settings: s => s["WeChat:Pay:PlatformPublicKeyId"] = "PUB_KEY_ID_ROTATED");

        (await Should.ThrowAsync<WeChatPaySignatureException>(
                () => host.Get<WeChatPayClient>().PrepayJsapiAsync(new JsapiPrepayOrder("D-6", "x", 1, "o"), Ct)))
            .Failure.ShouldBe(WeChatPaySignatureFailure.UnknownSerial);
    }

    [Fact]
    public async Task An_answer_signed_by_another_platform_key_is_a_bad_signature()
    {
        await using var host = await WeChatTestHost.StartAsync(
            settings: s => s["WeChat:Pay:PlatformPublicKeyPem"] = TestKeys.Stranger.ExportSubjectPublicKeyInfoPem());

        (await Should.ThrowAsync<WeChatPaySignatureException>(
                () => host.Get<WeChatPayClient>().PrepayJsapiAsync(new JsapiPrepayOrder("D-7", "x", 1, "o"), Ct)))
            .Failure.ShouldBe(WeChatPaySignatureFailure.BadSignature);
    }
}
