using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace LocalLife.WeChat.MiniProgram;

/// <summary>
/// Holds the app's server access token (from <c>cgi-bin/stable_token</c>) until shortly before it expires.
/// A singleton: every API client shares one token, and a lock makes concurrent callers wait for one refresh
/// instead of each spending WeChat's daily token quota.
/// </summary>
public sealed class WeChatAccessTokenProvider(
    IHttpClientFactory httpClients, IOptions<WeChatMiniProgramOptions> options, TimeProvider clock)
{
    public const string HttpClientName = "LocalLife.WeChat.AccessToken";
    private static readonly TimeSpan MaxRefreshMargin = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile CachedToken? _current;

    public async Task<string> GetAsync(CancellationToken ct)
    {
        if (_current is { } cached && cached.IsFresh(clock)) return cached.Value;
        await _refresh.WaitAsync(ct);
        try
        {
            if (_current is { } again && again.IsFresh(clock)) return again.Value;
            return await FetchAsync(forceRefresh: false, ct);
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>
    /// Called after WeChat rejected <paramref name="rejected"/>. If another caller already replaced it,
    /// that newer token is returned, so a burst of rejections costs one forced refresh.
    /// </summary>
    public async Task<string> ForceRefreshAsync(string rejected, CancellationToken ct)
    {
        await _refresh.WaitAsync(ct);
        try
        {
            if (_current is { } cached && cached.Value != rejected && cached.IsFresh(clock)) return cached.Value;
            return await FetchAsync(forceRefresh: true, ct);
        }
        finally
        {
            _refresh.Release();
        }
    }

    private async Task<string> FetchAsync(bool forceRefresh, CancellationToken ct)
    {
        var o = options.Value;
        var http = httpClients.CreateClient(HttpClientName);
        var body = new StableTokenRequest("client_credential", o.AppId, o.AppSecret, forceRefresh);
        var response = await WeChatApiHttp.PostAsync<StableTokenResponse>(http, "stable_token", "cgi-bin/stable_token", body, ct);
        if (string.IsNullOrEmpty(response.AccessToken) || response.ExpiresIn <= 0)
            throw new WeChatApiException("stable_token", WeChatErrorCodes.SystemBusy, "no access_token in the answer");

        var lifetime = TimeSpan.FromSeconds(response.ExpiresIn);
        var margin = lifetime / 2 < MaxRefreshMargin ? lifetime / 2 : MaxRefreshMargin;
        _current = new CachedToken(response.AccessToken, clock.GetUtcNow() + lifetime - margin);
        return response.AccessToken;
    }

    private sealed record CachedToken(string Value, DateTimeOffset RefreshAt)
    {
        public bool IsFresh(TimeProvider clock) => clock.GetUtcNow() < RefreshAt;
    }

    private sealed record StableTokenRequest(
        [property: JsonPropertyName("grant_type")] string GrantType,
        [property: JsonPropertyName("appid")] string AppId,
        [property: JsonPropertyName("secret")] string Secret,
        [property: JsonPropertyName("force_refresh")] bool ForceRefresh);

    private sealed class StableTokenResponse : WeChatApiResponse
    {
        [JsonPropertyName("access_token")] public string? AccessToken { get; set; }
        [JsonPropertyName("expires_in")] public int ExpiresIn { get; set; }
    }
}
