using System.Text.Json;

namespace LocalLife.Inputs;

/// <summary>One operation of the API as /openapi/v1.json describes it.</summary>
public sealed record ApiOperation(HttpMethod Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonElement? Body)
{
    public string Name => $"{Method} {Path}";

    public override string ToString() => Name;
}

public sealed record ApiParameter(string Name, string In, bool Required, JsonElement Schema);

/// <summary>A property of a request body: its JSON name and its schema as written (so "null or X" is still visible).</summary>
public sealed record BodyProperty(string Name, JsonElement Schema);

/// <summary>An input a sweep may set: a query parameter or a body property (at any depth), with its format.</summary>
public sealed record ApiField(string Name, string? Format, bool InQuery);

/// <summary>
/// The API's own description of its operations, read the way the sweeps need it: which inputs an operation takes and
/// in which format (uuid, date, date-time, int32…). A new endpoint appears here without anyone listing it.
/// </summary>
public sealed class OpenApiOperations
{
    /// <summary>How deep the sweeps follow nested objects (the API's bodies are two levels at most).</summary>
    public const int MaxDepth = 4;

    private readonly JsonElement _schemas;

    private OpenApiOperations(JsonElement document)
    {
        _schemas = document.GetProperty("components").GetProperty("schemas");
        All = [.. document.GetProperty("paths").EnumerateObject().Where(p => p.Name.StartsWith("/api/", StringComparison.Ordinal))
            .SelectMany(path => path.Value.EnumerateObject().Select(op => Operation(path.Name, op.Name, op.Value)))];
    }

    public IReadOnlyList<ApiOperation> All { get; }

    public static async Task<OpenApiOperations> LoadAsync(HttpClient client) =>
        new(JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement);

    /// <summary>The schema behind a $ref, and the non-null member of a "null or X" oneOf.</summary>
    public JsonElement Resolve(JsonElement schema)
    {
        if (schema.TryGetProperty("$ref", out var reference)) return Resolve(_schemas.GetProperty(reference.GetString()!.Split('/')[^1]));
        if (schema.TryGetProperty("oneOf", out var union) || schema.TryGetProperty("anyOf", out union))
            foreach (var member in union.EnumerateArray())
                if (!IsNullOnly(member)) return Resolve(member);
        return schema;
    }

    public string? FormatOf(JsonElement schema) => Resolve(schema).TryGetProperty("format", out var format) ? format.GetString() : null;

    public bool Is(JsonElement schema, string type) => Resolve(schema).TryGetProperty("type", out var t)
        && (t.ValueKind == JsonValueKind.String ? t.GetString() == type : t.EnumerateArray().Any(x => x.GetString() == type));

    public bool IsEnum(JsonElement schema) => Resolve(schema).TryGetProperty("enum", out _) || schema.TryGetProperty("$ref", out _) && Is(schema, "integer");

    public static bool IsNullable(JsonElement schema) =>
        schema.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.Array && t.EnumerateArray().Any(x => x.GetString() == "null")
        || (schema.TryGetProperty("oneOf", out var union) || schema.TryGetProperty("anyOf", out union)) && union.EnumerateArray().Any(IsNullOnly);

    public IEnumerable<BodyProperty> PropertiesOf(JsonElement schema) =>
        Resolve(schema).TryGetProperty("properties", out var properties)
            ? properties.EnumerateObject().Select(p => new BodyProperty(p.Name, p.Value))
            : [];

    /// <summary>The query parameters and the body's properties (nested objects and array items included).</summary>
    public IEnumerable<ApiField> FieldsOf(ApiOperation operation) =>
        operation.Parameters.Where(p => p.In == "query").Select(p => new ApiField(p.Name, FormatOf(p.Schema), InQuery: true))
            .Concat(operation.Body is { } body ? BodyFields(body, depth: 0) : []);

    public bool Takes(ApiOperation operation, string format) => FieldsOf(operation).Any(f => f.Format == format);

    private IEnumerable<ApiField> BodyFields(JsonElement schema, int depth)
    {
        if (depth >= MaxDepth) yield break;
        var resolved = Resolve(schema);
        if (resolved.TryGetProperty("items", out var items))
            foreach (var field in BodyFields(items, depth + 1)) yield return field;
        foreach (var property in PropertiesOf(resolved))
        {
            yield return new ApiField(property.Name, FormatOf(property.Schema), InQuery: false);
            foreach (var field in BodyFields(property.Schema, depth + 1)) yield return field;
        }
    }

    private static bool IsNullOnly(JsonElement schema) =>
        schema.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null";

    private static ApiOperation Operation(string path, string method, JsonElement operation)
    {
        var parameters = operation.TryGetProperty("parameters", out var list)
            ? list.EnumerateArray().Select(p => new ApiParameter(p.GetProperty("name").GetString()!, p.GetProperty("in").GetString()!,
                p.TryGetProperty("required", out var required) && required.GetBoolean(), p.GetProperty("schema"))).ToList()
            : [];
        JsonElement? body = operation.TryGetProperty("requestBody", out var requestBody)
            && requestBody.GetProperty("content").TryGetProperty("application/json", out var json) ? json.GetProperty("schema") : null;
        return new ApiOperation(new HttpMethod(method.ToUpperInvariant()), path, parameters, body);
    }
}
