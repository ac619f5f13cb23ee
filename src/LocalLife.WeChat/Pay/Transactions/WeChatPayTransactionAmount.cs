using System.Text.Json.Serialization;

namespace LocalLife.WeChat.Pay;

/// <summary>total is what the order asked, payer_total what the user paid after WeChat-side coupons; both fen.</summary>
public sealed class WeChatPayTransactionAmount
{
    [JsonPropertyName("total")] public long Total { get; set; }
    [JsonPropertyName("payer_total")] public long? PayerTotal { get; set; }
    [JsonPropertyName("currency")] public string? Currency { get; set; }
    [JsonPropertyName("payer_currency")] public string? PayerCurrency { get; set; }
}
