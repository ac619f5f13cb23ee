using System.Globalization;
using System.Security.Cryptography;
using LocalLife.WeChat.Pay;

namespace LocalLife.WeChat.Simulator;

/// <summary>The Wechatpay-* headers WeChat Pay puts on its answers and notifications.</summary>
internal static class SignedHeaders
{
    public static IEnumerable<(string Name, string Value)> For(RSA platformKey, string serial, TimeProvider clock, string body)
    {
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var nonce = WeChatPaySignature.NewNonce();
        var signature = WeChatPaySignature.Sign(platformKey, WeChatPaySignature.ResponseMessage(timestamp, nonce, body));
        yield return (WeChatPaySignatureHeaders.TimestampHeader, timestamp);
        yield return (WeChatPaySignatureHeaders.NonceHeader, nonce);
        yield return (WeChatPaySignatureHeaders.SignatureHeader, signature);
        yield return (WeChatPaySignatureHeaders.SerialHeader, serial);
        yield return (WeChatPaySignatureHeaders.SignatureTypeHeader, WeChatPaySignature.Scheme);
    }
}
