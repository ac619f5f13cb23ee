using System.Text.Json.Serialization;

namespace LocalLife.WeChat.Pay;

/// <summary>
/// Body of <c>/v3/pay/transactions/jsapi</c> (appid, mchid) and <c>/v3/pay/partner/transactions/jsapi</c>
/// (sp_appid, sp_mchid, sub_appid, sub_mchid); the fields of the other mode stay null and are not written.
/// </summary>
public sealed class JsapiPrepayRequest
{
    [JsonPropertyName("appid")] public string? AppId { get; set; }
    [JsonPropertyName("mchid")] public string? MchId { get; set; }
    [JsonPropertyName("sp_appid")] public string? SpAppId { get; set; }
    [JsonPropertyName("sp_mchid")] public string? SpMchId { get; set; }
    [JsonPropertyName("sub_appid")] public string? SubAppId { get; set; }
    [JsonPropertyName("sub_mchid")] public string? SubMchId { get; set; }
    [JsonPropertyName("description")] public string Description { get; set; } = "";
    [JsonPropertyName("out_trade_no")] public string OutTradeNo { get; set; } = "";
    /// <summary>RFC 3339 with offset, e.g. 2018-06-08T10:34:56+08:00.</summary>
    [JsonPropertyName("time_expire")] public string? TimeExpire { get; set; }
    [JsonPropertyName("attach")] public string? Attach { get; set; }
    [JsonPropertyName("notify_url")] public string NotifyUrl { get; set; } = "";
    [JsonPropertyName("amount")] public WeChatPayOrderAmount Amount { get; set; } = new();
    [JsonPropertyName("payer")] public WeChatPayPayer Payer { get; set; } = new();
}
