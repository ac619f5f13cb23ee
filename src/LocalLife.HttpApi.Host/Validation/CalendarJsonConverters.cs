using System.Text.Json;
using System.Text.Json.Serialization;

namespace LocalLife.Validation;

/// <summary>Times in request bodies: read as <see cref="CalendarInput"/> says (to UTC), written as System.Text.Json always has.</summary>
internal sealed class UtcTimeJsonConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var error = CalendarInput.ReadTime(reader.TokenType == JsonTokenType.String ? reader.GetString() : null, out var utc);
        // The message becomes the field's error; the formatter files it under the JSON path (e.g. arriveAt).
        return error is null ? utc : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}

/// <summary>Dates in request bodies, within the range <see cref="CalendarInput"/> allows.</summary>
internal sealed class CalendarDateJsonConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var error = CalendarInput.ReadDate(reader.TokenType == JsonTokenType.String ? reader.GetString() : null, out var date);
        return error is null ? date : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
}
