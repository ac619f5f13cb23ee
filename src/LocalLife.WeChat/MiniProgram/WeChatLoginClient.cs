using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace LocalLife.WeChat.MiniProgram;

/// <summary>Exchanges the code from the mini-program's <c>wx.login</c> for the user's openid (auth.code2Session).</summary>
public sealed class WeChatLoginClient(HttpClient http, IOptions<WeChatMiniProgramOptions> options)
{
    public async Task<WeChatSession> Code2SessionAsync(string jsCode, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(jsCode);
        var o = options.Value;
        var query = $"sns/jscode2session?appid={Uri.EscapeDataString(o.AppId)}&secret={Uri.EscapeDataString(o.AppSecret)}"
            + $"&js_code={Uri.EscapeDataString(jsCode)}&grant_type=authorization_code";
        var response = await WeChatApiHttp.GetAsync<Code2SessionResponse>(http, "jscode2session", query, ct);
        if (string.IsNullOrEmpty(response.OpenId) || string.IsNullOrEmpty(response.SessionKey))
            throw new WeChatApiException("jscode2session", WeChatErrorCodes.SystemBusy, "no openid in the answer");
        return new WeChatSession(response.OpenId, response.UnionId, response.SessionKey);
    }

    private sealed class Code2SessionResponse : WeChatApiResponse
    {
        [JsonPropertyName("openid")] public string? OpenId { get; set; }
        [JsonPropertyName("unionid")] public string? UnionId { get; set; }
        [JsonPropertyName("session_key")] public string? SessionKey { get; set; }
    }
}
