using System.Text.Json.Serialization;

namespace LocalLife.WeChat.Pay;

/// <summary>Body of <c>POST /v3/refund/domestic/refunds</c>; sub_mchid only in Partner mode.</summary>
public sealed class RefundRequest
{
    [JsonPropertyName("sub_mchid")] public string? SubMchId { get; set; }
    [JsonPropertyName("transaction_id")] public string? TransactionId { get; set; }
    [JsonPropertyName("out_trade_no")] public string? OutTradeNo { get; set; }
    [JsonPropertyName("out_refund_no")] public string OutRefundNo { get; set; } = "";
    [JsonPropertyName("reason")] public string? Reason { get; set; }
    [JsonPropertyName("notify_url")] public string? NotifyUrl { get; set; }
    [JsonPropertyName("amount")] public RefundRequestAmount Amount { get; set; } = new();
}
