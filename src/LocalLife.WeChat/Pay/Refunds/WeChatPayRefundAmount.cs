using System.Text.Json.Serialization;

namespace LocalLife.WeChat.Pay;

/// <summary>Refund amounts in fen; the notification carries only total, refund, payer_total and payer_refund.</summary>
public sealed class WeChatPayRefundAmount
{
    [JsonPropertyName("total")] public long Total { get; set; }
    [JsonPropertyName("refund")] public long Refund { get; set; }
    [JsonPropertyName("payer_total")] public long? PayerTotal { get; set; }
    [JsonPropertyName("payer_refund")] public long? PayerRefund { get; set; }
    [JsonPropertyName("settlement_refund")] public long? SettlementRefund { get; set; }
    [JsonPropertyName("settlement_total")] public long? SettlementTotal { get; set; }
    [JsonPropertyName("discount_refund")] public long? DiscountRefund { get; set; }
    [JsonPropertyName("currency")] public string? Currency { get; set; }
}
