using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LocalLife.WeChat;

/// <summary>
/// The one JSON setting for every WeChat wire model. Field names come from explicit
/// <see cref="JsonPropertyNameAttribute"/>s because WeChat mixes snake_case with camelCase
/// (<c>phone_info.phoneNumber</c>, <c>requestPayment.timeStamp</c>) and no naming policy gets both right.
/// </summary>
public static class WeChatJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // WeChat signs the exact bytes; keep Chinese text unescaped so bodies read like WeChat's own.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json, string what) =>
        JsonSerializer.Deserialize<T>(json, Options)
        ?? throw new JsonException($"WeChat returned an empty {what} body.");
}
