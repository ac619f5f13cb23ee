using System.Text.Json.Serialization;

namespace LocalLife.WeChat.Pay;

/// <summary>A refund as the refund and refund-query answers describe it.</summary>
public sealed class WeChatPayRefund
{
    [JsonPropertyName("refund_id")] public string RefundId { get; set; } = "";
    [JsonPropertyName("out_refund_no")] public string OutRefundNo { get; set; } = "";
    [JsonPropertyName("transaction_id")] public string? TransactionId { get; set; }
    [JsonPropertyName("out_trade_no")] public string? OutTradeNo { get; set; }
    [JsonPropertyName("channel")] public string? Channel { get; set; }
    [JsonPropertyName("user_received_account")] public string? UserReceivedAccount { get; set; }
    [JsonPropertyName("success_time")] public DateTimeOffset? SuccessTime { get; set; }
    [JsonPropertyName("create_time")] public DateTimeOffset? CreateTime { get; set; }
    /// <summary>One of <see cref="WeChatPayRefundStatuses"/>.</summary>
    [JsonPropertyName("status")] public string Status { get; set; } = "";
    [JsonPropertyName("funds_account")] public string? FundsAccount { get; set; }
    [JsonPropertyName("amount")] public WeChatPayRefundAmount? Amount { get; set; }
}
