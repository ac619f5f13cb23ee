namespace LocalLife.WeChat.Pay;

/// <summary>
/// Checks that an answer or notification was signed by WeChat Pay's key, recently. The time window stops a
/// captured notification from being replayed later; the clock is injected so tests can move it.
/// </summary>
public sealed class WeChatPaySignatureVerifier(WeChatPayKeys keys, TimeProvider clock)
{
    public static readonly TimeSpan AllowedClockSkew = TimeSpan.FromMinutes(5);

    public void Verify(WeChatPaySignatureHeaders headers, string body)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (!headers.IsComplete)
            throw new WeChatPaySignatureException(WeChatPaySignatureFailure.MissingHeaders, "Wechatpay-* signature headers are missing.");
        if (!string.Equals(headers.Serial, keys.PlatformPublicKeyId, StringComparison.OrdinalIgnoreCase))
            throw new WeChatPaySignatureException(WeChatPaySignatureFailure.UnknownSerial,
                $"Wechatpay-Serial '{headers.Serial}' is not the configured key '{keys.PlatformPublicKeyId}'.");
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        var skew = (long)AllowedClockSkew.TotalSeconds;
        if (!long.TryParse(headers.Timestamp, out var seconds) || seconds < now - skew || seconds > now + skew)
            throw new WeChatPaySignatureException(WeChatPaySignatureFailure.Expired,
                $"Wechatpay-Timestamp '{headers.Timestamp}' is outside the allowed window.");

        var message = WeChatPaySignature.ResponseMessage(headers.Timestamp!, headers.Nonce!, body);
        if (!WeChatPaySignature.Verify(keys.PlatformPublicKey, message, headers.Signature!))
            throw new WeChatPaySignatureException(WeChatPaySignatureFailure.BadSignature, "Wechatpay-Signature does not match the body.");
    }
}
