using System.Net.Http.Json;
using System.Text;

namespace LocalLife.WeChat.MiniProgram;

/// <summary>
/// The shared call shape of api.weixin.qq.com: HTTP 200 with an errcode in the body, and for server APIs an
/// access_token in the query that may have been revoked early, so one retry after a forced refresh.
/// </summary>
internal static class WeChatApiHttp
{
    public static async Task<T> GetAsync<T>(HttpClient http, string api, string pathAndQuery, CancellationToken ct)
        where T : WeChatApiResponse
    {
        using var response = await http.GetAsync(pathAndQuery, ct);
        return await ReadAsync<T>(response, api, ct);
    }

    public static async Task<T> PostAsync<T>(HttpClient http, string api, string pathAndQuery, object body, CancellationToken ct)
        where T : WeChatApiResponse
    {
        using var content = new StringContent(WeChatJson.Serialize(body), Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(pathAndQuery, content, ct);
        return await ReadAsync<T>(response, api, ct);
    }

    public static async Task<T> PostWithAccessTokenAsync<T>(
        HttpClient http, WeChatAccessTokenProvider tokens, string api, string path, object body, CancellationToken ct)
        where T : WeChatApiResponse
    {
        var token = await tokens.GetAsync(ct);
        try
        {
            return await PostAsync<T>(http, api, WithToken(path, token), body, ct);
        }
        catch (WeChatApiException e) when (e.Error == WeChatApiError.AccessTokenInvalid)
        {
            var fresh = await tokens.ForceRefreshAsync(token, ct);
            return await PostAsync<T>(http, api, WithToken(path, fresh), body, ct);
        }
    }

    private static string WithToken(string path, string token) => $"{path}?access_token={Uri.EscapeDataString(token)}";

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, string api, CancellationToken ct)
        where T : WeChatApiResponse
    {
        response.EnsureSuccessStatusCode();
        // jscode2session answers with text/plain, so read the text rather than trust the content type.
        var text = await response.Content.ReadAsStringAsync(ct);
        var result = WeChatJson.Deserialize<T>(text, api);
        if (result.ErrCode != WeChatErrorCodes.Ok) throw new WeChatApiException(api, result.ErrCode, result.ErrMsg);
        return result;
    }

    internal static Uri NormalizeBase(string baseAddress) => new(baseAddress.TrimEnd('/') + "/");
}
