using System.Text.Json.Serialization;

namespace LocalLife.WeChat.Pay;

/// <summary>The decrypted resource of a REFUND.* notification. Direct mode fills mchid, Partner mode sp_mchid/sub_mchid.</summary>
public sealed class WeChatPayRefundNotification
{
    [JsonPropertyName("mchid")] public string? MchId { get; set; }
    [JsonPropertyName("sp_mchid")] public string? SpMchId { get; set; }
    [JsonPropertyName("sub_mchid")] public string? SubMchId { get; set; }
    [JsonPropertyName("out_trade_no")] public string OutTradeNo { get; set; } = "";
    [JsonPropertyName("transaction_id")] public string? TransactionId { get; set; }
    [JsonPropertyName("out_refund_no")] public string OutRefundNo { get; set; } = "";
    [JsonPropertyName("refund_id")] public string? RefundId { get; set; }
    [JsonPropertyName("refund_status")] public string RefundStatus { get; set; } = "";
    [JsonPropertyName("success_time")] public DateTimeOffset? SuccessTime { get; set; }
    [JsonPropertyName("user_received_account")] public string? UserReceivedAccount { get; set; }
    [JsonPropertyName("amount")] public WeChatPayRefundAmount? Amount { get; set; }
}
