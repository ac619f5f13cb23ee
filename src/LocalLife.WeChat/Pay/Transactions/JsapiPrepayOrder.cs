namespace LocalLife.WeChat.Pay;

/// <summary>
/// What the caller knows about an order to pay. In Partner mode <see cref="SubMchId"/> is required; when
/// <see cref="SubAppId"/> is set the payer's openid belongs to that app (sub_openid), otherwise to sp_appid (sp_openid).
/// </summary>
public sealed record JsapiPrepayOrder(string OutTradeNo, string Description, long TotalFen, string PayerOpenId)
{
    public string? SubMchId { get; init; }
    public string? SubAppId { get; init; }
    /// <summary>Overrides <see cref="WeChatPayOptions.NotifyUrl"/>.</summary>
    public string? NotifyUrl { get; init; }
    public string? Attach { get; init; }
    public DateTimeOffset? TimeExpire { get; init; }
}
