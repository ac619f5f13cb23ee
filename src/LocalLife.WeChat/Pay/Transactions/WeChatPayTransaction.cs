using System.Text.Json.Serialization;

namespace LocalLife.WeChat.Pay;

/// <summary>
/// A payment as WeChat Pay describes it in a query answer and in a TRANSACTION.SUCCESS notification.
/// Direct mode fills appid/mchid, Partner mode sp_appid/sp_mchid/sub_appid/sub_mchid.
/// </summary>
public sealed class WeChatPayTransaction
{
    [JsonPropertyName("appid")] public string? AppId { get; set; }
    [JsonPropertyName("mchid")] public string? MchId { get; set; }
    [JsonPropertyName("sp_appid")] public string? SpAppId { get; set; }
    [JsonPropertyName("sp_mchid")] public string? SpMchId { get; set; }
    [JsonPropertyName("sub_appid")] public string? SubAppId { get; set; }
    [JsonPropertyName("sub_mchid")] public string? SubMchId { get; set; }
    [JsonPropertyName("out_trade_no")] public string OutTradeNo { get; set; } = "";
    [JsonPropertyName("transaction_id")] public string? TransactionId { get; set; }
    [JsonPropertyName("trade_type")] public string? TradeType { get; set; }
    /// <summary>One of <see cref="WeChatPayTradeStates"/>.</summary>
    [JsonPropertyName("trade_state")] public string TradeState { get; set; } = "";
    [JsonPropertyName("trade_state_desc")] public string? TradeStateDesc { get; set; }
    [JsonPropertyName("bank_type")] public string? BankType { get; set; }
    [JsonPropertyName("attach")] public string? Attach { get; set; }
    [JsonPropertyName("success_time")] public DateTimeOffset? SuccessTime { get; set; }
    [JsonPropertyName("payer")] public WeChatPayPayer? Payer { get; set; }
    [JsonPropertyName("amount")] public WeChatPayTransactionAmount? Amount { get; set; }
}
