using System.Text.Json.Serialization;

namespace LocalLife.WeChat.Pay;

public sealed class RefundRequestAmount
{
    [JsonPropertyName("refund")] public long Refund { get; set; }
    [JsonPropertyName("total")] public long Total { get; set; }
    [JsonPropertyName("currency")] public string Currency { get; set; } = "CNY";
}
