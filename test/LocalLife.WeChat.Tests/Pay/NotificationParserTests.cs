using System.Security.Cryptography;
using System.Text;
using LocalLife.WeChat.Pay;
using LocalLife.WeChat.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace LocalLife.WeChat.Tests.Pay;

/// <summary>Notifications built here with the BCL's AesGcm, independently of the library's own encryption.</summary>
public sealed class NotificationParserTests
{
    private const string KeyId = "PUB_KEY_ID_NOTIFY";
    private static readonly RSA Platform = RSA.Create(2048);

    private static WeChatPayNotificationParser Parser()
    {
        var options = Options.Create(new WeChatPayOptions
        {
            MerchantPrivateKeyPem = TestKeys.MerchantPrivatePem,
            PlatformPublicKeyPem = Platform.ExportSubjectPublicKeyInfoPem(),
            PlatformPublicKeyId = KeyId,
            ApiV3Key = TestKeys.ApiV3Key,
        });
        return new WeChatPayNotificationParser(new WeChatPaySignatureVerifier(new WeChatPayKeys(options), TimeProvider.System), options);
    }

    private static string Encrypt(string plaintext, string nonce, string ad, bool tamper = false)
    {
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[plain.Length + 16];
        using var aes = new AesGcm(Encoding.UTF8.GetBytes(TestKeys.ApiV3Key), 16);
        aes.Encrypt(Encoding.UTF8.GetBytes(nonce), plain, output.AsSpan(0, plain.Length), output.AsSpan(plain.Length), Encoding.UTF8.GetBytes(ad));
        if (tamper) output[3] ^= 0x01;
        return Convert.ToBase64String(output);
    }

    private static string Envelope(string eventType, string originalType, string ciphertext, string nonce) =>
        $$$"""{"id":"EV-018372019","create_time":"2025-11-25T20:05:00+08:00","resource_type":"encrypt-resource","event_type":"{{{eventType}}}","summary":"支付成功","resource":{"original_type":"{{{originalType}}}","algorithm":"AEAD_AES_256_GCM","ciphertext":"{{{ciphertext}}}","associated_data":"{{{originalType}}}","nonce":"{{{nonce}}}"}}""";

    private static WeChatPaySignatureHeaders Signed(string body)
    {
        var ts = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString();
        return new(ts, "abc", WeChatPaySignature.Sign(Platform, WeChatPaySignature.ResponseMessage(ts, "abc", body)), KeyId);
    }

    private const string Transaction = """{"sp_appid":"wxsp","sp_mchid":"1900000100","sub_mchid":"1900000109","out_trade_no":"B-77","transaction_id":"4200000000202511250000000001","trade_type":"JSAPI","trade_state":"SUCCESS","trade_state_desc":"支付成功","bank_type":"CMC","success_time":"2025-11-25T20:04:58+08:00","payer":{"sp_openid":"o-sp"},"amount":{"total":8800,"payer_total":8600,"currency":"CNY","payer_currency":"CNY"}}""";

    [Fact]
    public void A_transaction_notification_decrypts_to_the_transaction_model()
    {
        var body = Envelope("TRANSACTION.SUCCESS", "transaction", Encrypt(Transaction, "fdasflkja484", "transaction"), "fdasflkja484");

        var notification = Parser().Parse(Signed(body), body);

        notification.Id.ShouldBe("EV-018372019");
        notification.EventType.ShouldBe(WeChatPayEventTypes.TransactionSuccess);
        notification.Refund.ShouldBeNull();
        var t = notification.Transaction.ShouldNotBeNull();
        t.OutTradeNo.ShouldBe("B-77");
        t.TransactionId.ShouldBe("4200000000202511250000000001");
        t.TradeState.ShouldBe(WeChatPayTradeStates.Success);
        t.SpMchId.ShouldBe("1900000100");
        t.SubMchId.ShouldBe("1900000109");
        t.Amount!.Total.ShouldBe(8800);
        t.Amount.PayerTotal.ShouldBe(8600);
        t.SuccessTime.ShouldBe(new DateTimeOffset(2025, 11, 25, 20, 4, 58, TimeSpan.FromHours(8)));
    }

    [Fact]
    public void A_refund_notification_decrypts_to_the_refund_model()
    {
        const string refund = """{"mchid":"1900000109","out_trade_no":"B-77","transaction_id":"4200","out_refund_no":"R-1","refund_id":"50","refund_status":"SUCCESS","success_time":"2025-11-25T21:00:00+08:00","user_received_account":"支付用户零钱","amount":{"total":8800,"refund":800,"payer_total":8800,"payer_refund":800}}""";
        var body = Envelope("REFUND.SUCCESS", "refund", Encrypt(refund, "n1n2n3n4n5n6", "refund"), "n1n2n3n4n5n6");

        var r = Parser().Parse(Signed(body), body).Refund.ShouldNotBeNull();

        r.OutRefundNo.ShouldBe("R-1");
        r.RefundStatus.ShouldBe(WeChatPayRefundStatuses.Success);
        r.MchId.ShouldBe("1900000109");
        r.Amount!.Refund.ShouldBe(800);
        r.Amount.Total.ShouldBe(8800);
    }

    [Fact]
    public void A_tampered_ciphertext_fails_decryption_even_when_the_envelope_is_signed()
    {
        var body = Envelope("TRANSACTION.SUCCESS", "transaction", Encrypt(Transaction, "fdasflkja484", "transaction", tamper: true), "fdasflkja484");

        Should.Throw<WeChatPayNotificationException>(() => Parser().Parse(Signed(body), body));
    }

    [Fact]
    public void A_body_changed_after_signing_is_refused_before_decryption()
    {
        var body = Envelope("TRANSACTION.SUCCESS", "transaction", Encrypt(Transaction, "fdasflkja484", "transaction"), "fdasflkja484");

        Should.Throw<WeChatPaySignatureException>(() => Parser().Parse(Signed(body), body.Replace("EV-018372019", "EV-2")))
            .Failure.ShouldBe(WeChatPaySignatureFailure.BadSignature);
    }

    [Fact]
    public void Library_encryption_round_trips_and_puts_the_tag_at_the_end()
    {
        var mine = WeChatPayAesGcm.Encrypt(TestKeys.ApiV3Key, "fdasflkja484", "transaction", Transaction);

        mine.ShouldBe(Encrypt(Transaction, "fdasflkja484", "transaction"));
        WeChatPayAesGcm.Decrypt(TestKeys.ApiV3Key, "fdasflkja484", "transaction", mine).ShouldBe(Transaction);
        Should.Throw<CryptographicException>(() => WeChatPayAesGcm.Decrypt(TestKeys.ApiV3Key, "fdasflkja484", "refund", mine));
    }
}
