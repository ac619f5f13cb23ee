using System.Text.Json.Serialization;

namespace LocalLife.WeChat.Pay;

/// <summary>The encrypted part of a notification; <c>original_type</c> says which model the plaintext is.</summary>
public sealed class WeChatPayNotificationResource
{
    public const string TransactionType = "transaction";
    public const string RefundType = "refund";

    [JsonPropertyName("algorithm")] public string Algorithm { get; set; } = "";
    [JsonPropertyName("ciphertext")] public string Ciphertext { get; set; } = "";
    [JsonPropertyName("associated_data")] public string? AssociatedData { get; set; }
    [JsonPropertyName("original_type")] public string OriginalType { get; set; } = "";
    [JsonPropertyName("nonce")] public string Nonce { get; set; } = "";
}
