using System.Text.Json.Serialization;

namespace LocalLife.WeChat.MiniProgram;

/// <summary>Lets the caller check the data was issued for its own app id, and when.</summary>
public sealed class WeChatWatermark
{
    [JsonPropertyName("timestamp")] public long Timestamp { get; set; }
    [JsonPropertyName("appid")] public string AppId { get; set; } = "";
}
