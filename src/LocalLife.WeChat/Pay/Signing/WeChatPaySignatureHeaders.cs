using Microsoft.AspNetCore.Http;

namespace LocalLife.WeChat.Pay;

/// <summary>The four Wechatpay-* headers that carry the signature of an answer or a notification.</summary>
public sealed record WeChatPaySignatureHeaders(string? Timestamp, string? Nonce, string? Signature, string? Serial)
{
    public const string TimestampHeader = "Wechatpay-Timestamp";
    public const string NonceHeader = "Wechatpay-Nonce";
    public const string SignatureHeader = "Wechatpay-Signature";
    public const string SerialHeader = "Wechatpay-Serial";
    public const string SignatureTypeHeader = "Wechatpay-Signature-Type";

    public static WeChatPaySignatureHeaders From(IHeaderDictionary headers) => new(
        headers[TimestampHeader].FirstOrDefault(), headers[NonceHeader].FirstOrDefault(),
        headers[SignatureHeader].FirstOrDefault(), headers[SerialHeader].FirstOrDefault());

    public static WeChatPaySignatureHeaders From(HttpResponseMessage response)
    {
        string? Read(string name) => response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
        return new(Read(TimestampHeader), Read(NonceHeader), Read(SignatureHeader), Read(SerialHeader));
    }

    public bool IsComplete =>
        !string.IsNullOrEmpty(Timestamp) && !string.IsNullOrEmpty(Nonce)
        && !string.IsNullOrEmpty(Signature) && !string.IsNullOrEmpty(Serial);
}
