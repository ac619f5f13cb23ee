using System.Text.Json.Serialization;

namespace LocalLife.WeChat.Pay;

/// <summary>The outer, signed but unencrypted, JSON of a WeChat Pay notification.</summary>
public sealed class WeChatPayNotificationEnvelope
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("create_time")] public DateTimeOffset CreateTime { get; set; }
    /// <summary>TRANSACTION.SUCCESS, REFUND.SUCCESS, REFUND.ABNORMAL, REFUND.CLOSED.</summary>
    [JsonPropertyName("event_type")] public string EventType { get; set; } = "";
    [JsonPropertyName("resource_type")] public string ResourceType { get; set; } = "";
    [JsonPropertyName("summary")] public string? Summary { get; set; }
    [JsonPropertyName("resource")] public WeChatPayNotificationResource Resource { get; set; } = new();
}
