using System.Text.Json.Serialization;

namespace LocalLife.WeChat.Pay;

/// <summary>The amount of a prepay request: <c>total</c> in fen, currency CNY.</summary>
public sealed class WeChatPayOrderAmount
{
    [JsonPropertyName("total")] public long Total { get; set; }
    [JsonPropertyName("currency")] public string Currency { get; set; } = "CNY";
}
