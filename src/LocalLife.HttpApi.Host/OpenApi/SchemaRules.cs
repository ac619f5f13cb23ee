using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LocalLife.OpenApi;

/// <summary>
/// Corrections to the generated schemas. Numbers are numbers: the serializer would read "12" for 12, so the
/// generator offers <c>integer | string</c> with a pattern, but the API writes numbers and clients send numbers.
/// Enums are strings (their names). A property that is not nullable is required: answers always carry every property (nulls included), and a request
/// that leaves out a non-nullable value gets a default the validator refuses or the client did not mean; a nullable
/// request property may be left out.
/// </summary>
internal sealed class SchemaRules : IOpenApiSchemaTransformer
{
    private const JsonSchemaType NumberKinds = JsonSchemaType.Integer | JsonSchemaType.Number;

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is { } type && (type & NumberKinds) != 0 && type.HasFlag(JsonSchemaType.String))
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }

        // JsonStringEnumConverter writes names: say they are strings. The generator puts null among the names of an
        // enum first met as nullable, but that schema is shared: a nullable use says so itself (oneOf null).
        if (schema is { Type: null, Enum.Count: > 0 } && schema.Enum.All(v => v is null || v.GetValueKind() == JsonValueKind.String))
        {
            schema.Type = JsonSchemaType.String;
            schema.Enum = schema.Enum.Where(v => v is not null).ToList();
        }

        if (context.JsonPropertyInfo is null && context.JsonTypeInfo.Kind == JsonTypeInfoKind.Object && schema.Properties is { Count: > 0 })
        {
            schema.Required ??= new HashSet<string>();
            foreach (var property in context.JsonTypeInfo.Properties)
                if (schema.Properties.ContainsKey(property.Name) && !IsNullable(property)) schema.Required.Add(property.Name);
        }
        return Task.CompletedTask;
    }

    private static bool IsNullable(JsonPropertyInfo property) =>
        Nullable.GetUnderlyingType(property.PropertyType) is not null
        || !property.PropertyType.IsValueType && (property.IsSetNullable || property.Set is null && property.IsGetNullable);
}
