using System.Text.Json.Serialization;

namespace LocalLife.WeChat.Messages;

/// <summary>
/// Body of <c>cgi-bin/message/subscribe/send</c>. <see cref="Data"/> keys are the template's fields
/// (<c>thing1</c>, <c>time2</c>…); each value is wrapped as <c>{"value": "…"}</c> on the wire.
/// </summary>
public sealed class SubscribeMessage
{
    [JsonPropertyName("touser")] public required string ToUser { get; init; }
    [JsonPropertyName("template_id")] public required string TemplateId { get; init; }
    [JsonPropertyName("page")] public string? Page { get; init; }
    /// <summary>developer, trial or formal: which build of the mini-program the message opens.</summary>
    [JsonPropertyName("miniprogram_state")] public string? MiniProgramState { get; init; }
    [JsonPropertyName("lang")] public string? Lang { get; init; }
    [JsonPropertyName("data")] public required IReadOnlyDictionary<string, SubscribeMessageValue> Data { get; init; }

    public static IReadOnlyDictionary<string, SubscribeMessageValue> Fields(params (string Key, string Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => new SubscribeMessageValue(f.Value));
}
