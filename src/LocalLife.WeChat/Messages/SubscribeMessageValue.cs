using System.Text.Json.Serialization;

namespace LocalLife.WeChat.Messages;

public sealed record SubscribeMessageValue([property: JsonPropertyName("value")] string Value);
