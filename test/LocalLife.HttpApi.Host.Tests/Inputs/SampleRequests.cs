using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LocalLife.Inputs;

/// <summary>
/// What a sample takes from the running test: real ids by field name (and the fixture's own, such as its store, which
/// an optional filter is given too, so a date filter reaches the store's calendar), fixed values where a plain guess is
/// refused, a time and a date.
/// </summary>
public sealed record SampleValues(
    Func<ApiOperation, string, Task<string>> IdAsync,
    Func<string, string?> FixtureId,
    IReadOnlyDictionary<string, JsonNode> Fixed,
    DateTimeOffset Time,
    DateOnly Date);

/// <summary>
/// The smallest request an operation accepts, built from its description: ids for the fields that name one, a plain
/// value where one is needed (required query values, non-null body properties), and the value under test in the fields
/// a sweep is about. Optional query values and nullable properties are left out unless under test.
/// </summary>
public sealed class SampleRequests(OpenApiOperations api, SampleValues values)
{
    /// <param name="underTest">The value for a field, or null for the plain sample.</param>
    /// <param name="omit">A query parameter to leave out even when it is required.</param>
    public async Task<HttpRequestMessage> BuildAsync(ApiOperation operation, Func<ApiField, JsonNode?> underTest, string? omit = null)
    {
        var path = operation.Path;
        foreach (var parameter in operation.Parameters.Where(p => p.In == "path"))
            path = path.Replace("{" + parameter.Name + "}", await values.IdAsync(operation, parameter.Name), StringComparison.Ordinal);
        var query = new List<string>();
        foreach (var parameter in operation.Parameters.Where(p => p.In == "query" && p.Name != omit))
        {
            var value = underTest(new ApiField(parameter.Name, api.FormatOf(parameter.Schema), InQuery: true))
                ?? (parameter.Required ? await SampleAsync(operation, parameter.Name, parameter.Schema, underTest, 0)
                    : api.FormatOf(parameter.Schema) == "uuid" ? values.FixtureId(parameter.Name) : null);
            if (value is not null) query.Add($"{Uri.EscapeDataString(parameter.Name)}={Uri.EscapeDataString(Text(value))}");
        }
        var request = new HttpRequestMessage(operation.Method, query.Count == 0 ? path : $"{path}?{string.Join('&', query)}");
        if (operation.Body is { } body)
            request.Content = new StringContent((await SampleAsync(operation, "", body, underTest, 0))?.ToJsonString() ?? "{}", Encoding.UTF8, "application/json");
        return request;
    }

    public static string Utc(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string China(DateTimeOffset time) => time.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private async Task<JsonNode?> SampleAsync(ApiOperation operation, string name, JsonElement schema, Func<ApiField, JsonNode?> underTest, int depth)
    {
        if (values.Fixed.TryGetValue(name, out var fixedValue)) return fixedValue.DeepClone();
        if (api.IsEnum(schema)) return null; // its default, unless fixed
        switch (api.FormatOf(schema))
        {
            case "uuid": return await values.IdAsync(operation, name);
            case "date-time": return Utc(values.Time);
            case "date": return values.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        if (api.Is(schema, "integer") || api.Is(schema, "number")) return 2;
        if (api.Is(schema, "string")) return "sweep" + Random.Shared.Next(100_000, 999_999);
        if (api.Is(schema, "array")) return new JsonArray();
        if (!api.Is(schema, "object") || depth >= OpenApiOperations.MaxDepth) return null; // booleans keep their default
        var json = new JsonObject();
        foreach (var property in api.PropertiesOf(schema))
        {
            var value = underTest(new ApiField(property.Name, api.FormatOf(property.Schema), InQuery: false))
                ?? (OpenApiOperations.IsNullable(property.Schema) ? null : await SampleAsync(operation, property.Name, property.Schema, underTest, depth + 1));
            if (value is not null) json[property.Name] = value;
        }
        return json;
    }

    private static string Text(JsonNode value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : value.ToJsonString();
}
