using System.Security.Cryptography;
using LocalLife.WeChat.Pay;
using LocalLife.WeChat.Tests.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace LocalLife.WeChat.Tests.Pay;

public sealed class ResponseVerificationTests
{
    private const string KeyId = "PUB_KEY_ID_0114232134912410000000000000";
    private static readonly RSA Platform = RSA.Create(2048);
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));

    private WeChatPaySignatureVerifier Verifier() => new(new WeChatPayKeys(Options.Create(new WeChatPayOptions
    {
        MerchantPrivateKeyPem = TestKeys.MerchantPrivatePem,
        PlatformPublicKeyPem = Platform.ExportSubjectPublicKeyInfoPem(),
        PlatformPublicKeyId = KeyId,
    })), _clock);

    private static WeChatPaySignatureHeaders Sign(string body, long timestamp, RSA? key = null, string serial = KeyId)
    {
        var ts = timestamp.ToString();
        var signature = WeChatPaySignature.Sign(key ?? Platform, WeChatPaySignature.ResponseMessage(ts, "n0nce", body));
        return new WeChatPaySignatureHeaders(ts, "n0nce", signature, serial);
    }

    [Fact]
    public void A_correctly_signed_answer_within_five_minutes_is_accepted()
    {
        Should.NotThrow(() => Verifier().Verify(Sign("{\"a\":1}", 1_700_000_000 - 290), "{\"a\":1}"));
        Should.NotThrow(() => Verifier().Verify(Sign("", 1_700_000_000 + 290), ""));
    }

    [Fact]
    public void A_tampered_body_is_a_bad_signature()
    {
        var headers = Sign("{\"total\":100}", 1_700_000_000);

        Should.Throw<WeChatPaySignatureException>(() => Verifier().Verify(headers, "{\"total\":1}"))
            .Failure.ShouldBe(WeChatPaySignatureFailure.BadSignature);
    }

    [Fact]
    public void A_signature_by_another_key_is_a_bad_signature()
    {
        Should.Throw<WeChatPaySignatureException>(() => Verifier().Verify(Sign("{}", 1_700_000_000, TestKeys.Stranger), "{}"))
            .Failure.ShouldBe(WeChatPaySignatureFailure.BadSignature);
    }

    [Fact]
    public void A_serial_that_is_not_the_configured_key_is_rejected()
    {
        Should.Throw<WeChatPaySignatureException>(() => Verifier().Verify(Sign("{}", 1_700_000_000, serial: "PUB_KEY_ID_OTHER"), "{}"))
            .Failure.ShouldBe(WeChatPaySignatureFailure.UnknownSerial);
    }

    [Fact]
    public void A_timestamp_more_than_five_minutes_away_is_expired()
    {
        var headers = Sign("{}", 1_700_000_000);
        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        Should.Throw<WeChatPaySignatureException>(() => Verifier().Verify(headers, "{}"))
            .Failure.ShouldBe(WeChatPaySignatureFailure.Expired);
    }

    [Fact]
    public void Missing_headers_are_rejected()
    {
        Should.Throw<WeChatPaySignatureException>(() => Verifier().Verify(new WeChatPaySignatureHeaders("1", null, "s", KeyId), "{}"))
            .Failure.ShouldBe(WeChatPaySignatureFailure.MissingHeaders);
    }
}
