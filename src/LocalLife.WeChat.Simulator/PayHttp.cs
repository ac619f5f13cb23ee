using LocalLife.WeChat.Pay;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace LocalLife.WeChat.Simulator;

/// <summary>
/// The request and answer discipline of the simulated WeChat Pay: every request must carry a valid merchant
/// signature (else 401 SIGN_ERROR, unsigned, as WeChat does), every other answer is signed with the platform key.
/// </summary>
internal static class PayHttp
{
    public static async Task HandleAsync(HttpContext http, WeChatSimulator simulator, Func<string, (int Status, object? Body)> handle)
    {
        using var reader = new StreamReader(http.Request.Body);
        var body = await reader.ReadToEndAsync(http.RequestAborted);
        var refusal = Authenticate(http, simulator, body);
        if (refusal is not null)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await http.Response.WriteAsJsonAsync(new { code = WeChatPayErrorCodes.SignError, message = refusal });
            return;
        }

        (int Status, object? Body) result;
        try
        {
            result = handle(body);
        }
        catch (SimulatedPayException e)
        {
            result = (e.Status, new { code = e.Code, message = e.Message });
        }
        catch (System.Text.Json.JsonException e)
        {
            result = (400, new { code = WeChatPayErrorCodes.ParamError, message = "请求体格式错误: " + e.Message });
        }
        await WriteSignedAsync(http, simulator, result.Status, result.Body);
    }

    private static string? Authenticate(HttpContext http, WeChatSimulator simulator, string body)
    {
        if (simulator.MerchantPublicKey is null) return "商户公钥未配置";
        if (!WeChatPayAuthorization.TryParse(http.Request.Headers.Authorization, out var auth)) return "Authorization格式错误";
        if (auth.MchId != simulator.Options.MchId) return "商户号不匹配";
        if (!string.Equals(auth.SerialNo, simulator.Options.MerchantSerialNo, StringComparison.OrdinalIgnoreCase))
            return "商户证书序列号有误";
        var now = simulator.Clock.GetUtcNow().ToUnixTimeSeconds();
        if (Math.Abs(now - auth.Timestamp) > 300) return "请求时间戳已过期";

        // Verify against the target exactly as sent, so prefix, query and escaping are what the client signed.
        var target = http.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (string.IsNullOrEmpty(target)) target = $"{http.Request.PathBase}{http.Request.Path}{http.Request.QueryString}";
        var message = WeChatPaySignature.RequestMessage(http.Request.Method, target, auth.Timestamp, auth.NonceStr, body);
        return WeChatPaySignature.Verify(simulator.MerchantPublicKey, message, auth.Signature) ? null : "签名错误";
    }

    private static async Task WriteSignedAsync(HttpContext http, WeChatSimulator simulator, int status, object? body)
    {
        var text = body is null ? "" : WeChatJson.Serialize(body);
        http.Response.StatusCode = status;
        http.Response.Headers["Request-ID"] = Guid.NewGuid().ToString("N");
        foreach (var (name, value) in SignedHeaders.For(simulator.PlatformKey, simulator.Options.PlatformPublicKeyId, simulator.Clock, text))
            http.Response.Headers[name] = value;
        if (body is null) return;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(text, http.RequestAborted);
    }
}
