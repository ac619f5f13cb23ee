using System.Text.Json.Serialization;
using LocalLife.WeChat.MiniProgram;

namespace LocalLife.WeChat.ContentSecurity;

/// <summary>Checks user text (reviews, nicknames) with msg_sec_check version 2 before it is shown to others.</summary>
public sealed class WeChatContentSecurityClient(HttpClient http, WeChatAccessTokenProvider tokens)
{
    public async Task<ContentCheckResult> CheckTextAsync(string openId, ContentScene scene, string content, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(openId);
        ArgumentNullException.ThrowIfNull(content);
        var request = new MsgSecCheckRequest(content, 2, (int)scene, openId);
        var response = await WeChatApiHttp.PostWithAccessTokenAsync<MsgSecCheckResponse>(
            http, tokens, "msg_sec_check", "wxa/msg_sec_check", request, ct);
        var result = response.Result
            ?? throw new WeChatApiException("msg_sec_check", WeChatErrorCodes.SystemBusy, "no result in the answer");
        return new ContentCheckResult(ParseSuggestion(result.Suggest), result.Label, response.TraceId);
    }

    // An unknown verdict is treated as needing review: showing unchecked text is the costly mistake.
    private static ContentSuggestion ParseSuggestion(string? suggest) => suggest switch
    {
        "pass" => ContentSuggestion.Pass,
        "risky" => ContentSuggestion.Risky,
        _ => ContentSuggestion.Review,
    };

    private sealed record MsgSecCheckRequest(
        [property: JsonPropertyName("content")] string Content,
        [property: JsonPropertyName("version")] int Version,
        [property: JsonPropertyName("scene")] int Scene,
        [property: JsonPropertyName("openid")] string OpenId);

    private sealed class MsgSecCheckResponse : WeChatApiResponse
    {
        [JsonPropertyName("result")] public MsgSecCheckVerdict? Result { get; set; }
        [JsonPropertyName("trace_id")] public string? TraceId { get; set; }
    }

    private sealed class MsgSecCheckVerdict
    {
        [JsonPropertyName("suggest")] public string? Suggest { get; set; }
        [JsonPropertyName("label")] public int Label { get; set; }
    }
}
