using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace LocalLife.WeChat.Pay;

/// <summary>
/// The entry point for a notify_url endpoint: verifies the signature, serial and time window, then decrypts the
/// resource. Throws <see cref="WeChatPaySignatureException"/> (answer 401) or
/// <see cref="WeChatPayNotificationException"/> (answer 400); WeChat Pay retries on anything but 2xx.
/// </summary>
public sealed class WeChatPayNotificationParser(WeChatPaySignatureVerifier verifier, IOptions<WeChatPayOptions> options)
{
    public WeChatPayNotification Parse(IHeaderDictionary headers, string body) =>
        Parse(WeChatPaySignatureHeaders.From(headers), body);

    /// <summary>Reads the raw body itself: verification needs the exact bytes WeChat signed.</summary>
    public async Task<WeChatPayNotification> ParseAsync(HttpRequest request, CancellationToken ct)
    {
        using var reader = new StreamReader(request.Body);
        return Parse(request.Headers, await reader.ReadToEndAsync(ct));
    }

    public WeChatPayNotification Parse(WeChatPaySignatureHeaders headers, string body)
    {
        verifier.Verify(headers, body);

        var envelope = Read<WeChatPayNotificationEnvelope>(body, "notification");
        var resource = envelope.Resource;
        if (resource.Algorithm != WeChatPayAesGcm.Algorithm)
            throw new WeChatPayNotificationException($"Unsupported resource algorithm '{resource.Algorithm}'.");

        string plaintext;
        try
        {
            plaintext = WeChatPayAesGcm.Decrypt(options.Value.ApiV3Key, resource.Nonce, resource.AssociatedData, resource.Ciphertext);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            throw new WeChatPayNotificationException("The notification resource cannot be decrypted with the APIv3 key.", e);
        }

        return resource.OriginalType switch
        {
            WeChatPayNotificationResource.TransactionType => new WeChatPayNotification(
                envelope.Id, envelope.EventType, envelope.CreateTime, Read<WeChatPayTransaction>(plaintext, "transaction"), null),
            WeChatPayNotificationResource.RefundType => new WeChatPayNotification(
                envelope.Id, envelope.EventType, envelope.CreateTime, null, Read<WeChatPayRefundNotification>(plaintext, "refund")),
            _ => throw new WeChatPayNotificationException($"Unknown resource original_type '{resource.OriginalType}'."),
        };
    }

    private static T Read<T>(string json, string what)
    {
        try
        {
            return WeChatJson.Deserialize<T>(json, what);
        }
        catch (JsonException e)
        {
            throw new WeChatPayNotificationException($"The {what} JSON is malformed.", e);
        }
    }
}
