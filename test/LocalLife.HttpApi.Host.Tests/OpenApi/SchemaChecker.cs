using System.Globalization;
using System.Text.Json;

namespace LocalLife.OpenApi;

/// <summary>
/// Checks a JSON value against a schema of the OpenAPI document, in the subset the document uses: $ref, oneOf, type
/// (with null), enum, the formats uuid/date-time/date/time, required and documented properties, items, maps. An answer
/// property the document does not name is an error too: the generated types would not know it.
/// </summary>
internal sealed class SchemaChecker(JsonElement document)
{
    private readonly JsonElement _schemas = document.GetProperty("components").GetProperty("schemas");

    public JsonElement Named(string name) => _schemas.GetProperty(name);

    public List<string> Check(JsonElement value, JsonElement schema, string at)
    {
        var errors = new List<string>();
        Check(value, schema, at, errors);
        return errors;
    }

    private void Check(JsonElement value, JsonElement schema, string at, List<string> errors)
    {
        if (schema.TryGetProperty("$ref", out var reference))
        {
            Check(value, Named(reference.GetString()!.Split('/')[^1]), at, errors);
            return;
        }
        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            if (!oneOf.EnumerateArray().Any(option => Check(value, option, at).Count == 0))
                errors.Add($"{at}: {Short(value)} matches none of oneOf");
            return;
        }
        if (schema.TryGetProperty("type", out var type) && !Types(type).Contains(KindOf(value)) &&
            !(KindOf(value) == "integer" && Types(type).Contains("number")))
        {
            errors.Add($"{at}: {KindOf(value)} {Short(value)}, documented {type}");
            return;
        }
        if (schema.TryGetProperty("enum", out var values) && value.ValueKind == JsonValueKind.String &&
            !values.EnumerateArray().Any(v => v.ValueKind == JsonValueKind.String && v.GetString() == value.GetString()))
            errors.Add($"{at}: {Short(value)} is not one of {values}");
        if (schema.TryGetProperty("format", out var format) && value.ValueKind == JsonValueKind.String && !HasFormat(value.GetString()!, format.GetString()))
            errors.Add($"{at}: {Short(value)} is not a {format}");

        if (value.ValueKind == JsonValueKind.Object) CheckObject(value, schema, at, errors);
        if (value.ValueKind == JsonValueKind.Array && schema.TryGetProperty("items", out var items))
        {
            var i = 0;
            foreach (var item in value.EnumerateArray()) Check(item, items, $"{at}[{i++}]", errors);
        }
    }

    private void CheckObject(JsonElement value, JsonElement schema, string at, List<string> errors)
    {
        var properties = schema.TryGetProperty("properties", out var p) ? p : default;
        if (schema.TryGetProperty("required", out var required))
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
                if (!value.TryGetProperty(name, out _)) errors.Add($"{at}.{name}: required, missing");
        foreach (var property in value.EnumerateObject())
        {
            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
                Check(property.Value, propertySchema, $"{at}.{property.Name}", errors);
            else if (schema.TryGetProperty("additionalProperties", out var additional))
                Check(property.Value, additional, $"{at}.{property.Name}", errors);
            else
                errors.Add($"{at}.{property.Name}: not in the document");
        }
    }

    private static HashSet<string> Types(JsonElement type) =>
        type.ValueKind == JsonValueKind.Array ? type.EnumerateArray().Select(t => t.GetString()!).ToHashSet() : [type.GetString()!];

    private static string KindOf(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.True or JsonValueKind.False => "boolean",
        JsonValueKind.Number => value.TryGetInt64(out _) ? "integer" : "number",
        JsonValueKind.String => "string",
        JsonValueKind.Array => "array",
        _ => "object",
    };

    private static bool HasFormat(string text, string? format) => format switch
    {
        "uuid" => Guid.TryParse(text, out _),
        "date-time" => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "date" => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
        "time" => TimeOnly.TryParse(text, CultureInfo.InvariantCulture, out _),
        _ => true,
    };

    private static string Short(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length > 60 ? text[..60] + "…" : text;
    }
}
