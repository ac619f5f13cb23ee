using System.Net;
using System.Text;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace LocalLife.WeChat.Pay;

/// <summary>
/// Signs every request with the merchant key and verifies every answer with WeChat Pay's key. An answer
/// that fails verification is never parsed: a forged "SUCCESS" must not reach business code.
/// </summary>
public sealed class WeChatPayRequestSender(
    WeChatPayKeys keys, WeChatPaySignatureVerifier verifier, IOptions<WeChatPayOptions> options, TimeProvider clock)
{
    public async Task<string> SendAsync(HttpClient http, HttpMethod method, string relativePath, string? body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, relativePath);
        if (body is not null) request.Content = new StringContent(body, Encoding.UTF8, "application/json");

        var uri = http.BaseAddress is null ? new Uri(relativePath) : new Uri(http.BaseAddress, relativePath);
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        var nonce = WeChatPaySignature.NewNonce();
        var message = WeChatPaySignature.RequestMessage(method.Method, uri.PathAndQuery, timestamp, nonce, body ?? "");
        var authorization = new WeChatPayAuthorization(options.Value.MchId, nonce,
            WeChatPaySignature.Sign(keys.MerchantPrivateKey, message), timestamp, options.Value.MerchantSerialNo);

        request.Headers.TryAddWithoutValidation("Authorization", authorization.ToString());
        request.Headers.Accept.ParseAdd("application/json");
        // WeChat Pay refuses requests without a User-Agent.
        request.Headers.UserAgent.ParseAdd("LocalLife.WeChat/0.1");
        request.Headers.TryAddWithoutValidation(WeChatPaySignatureHeaders.SerialHeader, keys.PlatformPublicKeyId);

        using var response = await http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        var headers = WeChatPaySignatureHeaders.From(response);

        // WeChat Pay cannot sign an answer to a request it could not authenticate; every other answer is signed.
        if (response.IsSuccessStatusCode || headers.IsComplete) verifier.Verify(headers, text);
        if (!response.IsSuccessStatusCode) throw Error(response.StatusCode, text);
        return text;
    }

    private static WeChatPayApiException Error(HttpStatusCode status, string text)
    {
        try
        {
            var error = WeChatJson.Deserialize<ErrorBody>(text, "error");
            return new WeChatPayApiException(status, error.Code, error.Message);
        }
        catch (System.Text.Json.JsonException)
        {
            return new WeChatPayApiException(status, null, text);
        }
    }

    private sealed class ErrorBody
    {
        [JsonPropertyName("code")] public string? Code { get; set; }
        [JsonPropertyName("message")] public string? Message { get; set; }
    }
}
