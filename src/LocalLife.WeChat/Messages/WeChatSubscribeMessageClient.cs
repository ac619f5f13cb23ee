using LocalLife.WeChat.MiniProgram;

namespace LocalLife.WeChat.Messages;

/// <summary>
/// Sends one-time subscribe messages. A refusal by the user surfaces as
/// <see cref="WeChatApiException"/> with <see cref="WeChatApiError.UserRefusedSubscription"/>.
/// </summary>
public sealed class WeChatSubscribeMessageClient(HttpClient http, WeChatAccessTokenProvider tokens)
{
    public async Task SendAsync(SubscribeMessage message, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(message);
        await WeChatApiHttp.PostWithAccessTokenAsync<WeChatApiResponse>(
            http, tokens, "subscribe/send", "cgi-bin/message/subscribe/send", message, ct);
    }
}
