using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LocalLife.WeChat.Messages;
using LocalLife.WeChat.MiniProgram;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LocalLife.WeChat.Simulator;

/// <summary>
/// The api.weixin.qq.com paths the clients call. Codes starting with <c>sim-</c> are valid and map to a stable
/// openid; <c>invalid</c>, <c>busy</c> and <c>ratelimit</c> give WeChat's errcodes 40029, -1 and 45011.
/// </summary>
internal static class MiniProgramEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/sns/jscode2session", (HttpContext http, WeChatSimulator sim) =>
        {
            var q = http.Request.Query;
            if (q["appid"] != sim.Options.AppId) return Error(WeChatErrorCodes.InvalidAppId, "invalid appid");
            if (q["secret"] != sim.Options.AppSecret) return Error(WeChatErrorCodes.InvalidAppSecret, "invalid appsecret");
            if (q["grant_type"] != "authorization_code") return Error(40002, "invalid grant_type");
            if (CodeError(q["js_code"]) is { } error) return error;
            var code = q["js_code"].ToString();
            // WeChat answers this one endpoint as text/plain; the simulator does too so clients cannot depend on it.
            return Results.Text(JsonSerializer.Serialize(new
            {
                openid = StableId("o", sim.Options.AppId, code),
                unionid = StableId("u", "union", code),
                session_key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)),
            }), "text/plain");
        });

        routes.MapPost("/cgi-bin/stable_token", async (HttpContext http, WeChatSimulator sim) =>
        {
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, cancellationToken: http.RequestAborted);
            if (Text(body, "grant_type") != "client_credential") return Error(40002, "invalid grant_type");
            if (Text(body, "appid") != sim.Options.AppId) return Error(WeChatErrorCodes.InvalidAppId, "invalid appid");
            if (Text(body, "secret") != sim.Options.AppSecret) return Error(WeChatErrorCodes.InvalidAppSecret, "invalid appsecret");
            var force = body.TryGetProperty("force_refresh", out var f) && f.ValueKind == JsonValueKind.True;
            var (token, expiresIn) = sim.Tokens.Issue(force);
            return Results.Json(new { access_token = token, expires_in = expiresIn });
        });

        routes.MapPost("/wxa/business/getuserphonenumber", async (HttpContext http, WeChatSimulator sim) =>
        {
            if (!sim.Tokens.IsValid(http.Request.Query["access_token"])) return Error(WeChatErrorCodes.InvalidCredential, "invalid credential, access_token is invalid or not latest");
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, cancellationToken: http.RequestAborted);
            var code = Text(body, "code");
            if (CodeError(code) is { } error) return error;
            var phone = code!.StartsWith("sim-phone-", StringComparison.Ordinal) ? code["sim-phone-".Length..] : "138" + StableDigits(code, 8);
            return Results.Json(new
            {
                errcode = 0,
                errmsg = "ok",
                phone_info = new
                {
                    phoneNumber = phone,
                    purePhoneNumber = phone,
                    countryCode = "86",
                    watermark = new { timestamp = sim.Clock.GetUtcNow().ToUnixTimeSeconds(), appid = sim.Options.AppId },
                },
            });
        });

        routes.MapPost("/cgi-bin/message/subscribe/send", async (HttpContext http, WeChatSimulator sim) =>
        {
            if (!sim.Tokens.IsValid(http.Request.Query["access_token"])) return Error(WeChatErrorCodes.InvalidCredential, "invalid credential, access_token is invalid or not latest");
            var message = await JsonSerializer.DeserializeAsync<SubscribeMessage>(http.Request.Body, WeChatJson.Options, http.RequestAborted);
            if (message is null || string.IsNullOrWhiteSpace(message.ToUser) || string.IsNullOrWhiteSpace(message.TemplateId) || message.Data.Count == 0)
                return Error(WeChatErrorCodes.ArgumentInvalid, "argument invalid!");
            if (message.ToUser.StartsWith("refused", StringComparison.Ordinal))
                return Error(WeChatErrorCodes.UserRefusedSubscription, "user refuse to accept the msg");
            sim.RecordMessage(message);
            return Error(WeChatErrorCodes.Ok, "ok");
        });

        routes.MapPost("/wxa/msg_sec_check", async (HttpContext http, WeChatSimulator sim) =>
        {
            if (!sim.Tokens.IsValid(http.Request.Query["access_token"])) return Error(WeChatErrorCodes.InvalidCredential, "invalid credential, access_token is invalid or not latest");
            var body = await JsonSerializer.DeserializeAsync<JsonElement>(http.Request.Body, cancellationToken: http.RequestAborted);
            var content = Text(body, "content");
            var versionOk = body.TryGetProperty("version", out var v) && v.ValueKind == JsonValueKind.Number && v.GetInt32() == 2;
            var sceneOk = body.TryGetProperty("scene", out var s) && s.ValueKind == JsonValueKind.Number && s.GetInt32() is >= 1 and <= 4;
            if (content is null || !versionOk || !sceneOk || string.IsNullOrEmpty(Text(body, "openid")))
                return Error(WeChatErrorCodes.DataFormatError, "data format error");
            var (suggest, label) = sim.Options.RiskyWords.Any(w => content.Contains(w, StringComparison.Ordinal)) ? ("risky", 20006)
                : sim.Options.ReviewWords.Any(w => content.Contains(w, StringComparison.Ordinal)) ? ("review", 21000)
                : ("pass", 100);
            return Results.Json(new
            {
                errcode = 0,
                errmsg = "ok",
                result = new { suggest, label },
                detail = new[] { new { strategy = "content_model", errcode = 0, suggest, label, prob = 90 } },
                trace_id = Guid.NewGuid().ToString("N"),
            });
        });
    }

    private static IResult? CodeError(string? code) => code switch
    {
        "busy" => Error(WeChatErrorCodes.SystemBusy, "system error"),
        "ratelimit" => Error(WeChatErrorCodes.RateLimited, "api freq out of limit"),
        not null when code.StartsWith("sim-", StringComparison.Ordinal) => null,
        _ => Error(WeChatErrorCodes.InvalidCode, "invalid code"),
    };

    private static IResult Error(int errcode, string errmsg) => Results.Json(new { errcode, errmsg });

    private static string? Text(JsonElement body, string name) =>
        body.ValueKind == JsonValueKind.Object && body.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString() : null;

    private static string StableId(string prefix, string scope, string code) =>
        prefix + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(scope + "|" + code)))
            .Replace('+', '-').Replace('/', '_')[..27];

    private static string StableDigits(string code, int count)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(code));
        return string.Concat(hash.Take(count).Select(b => (char)('0' + b % 10)));
    }
}
