using System.Text.Json.Serialization;

namespace LocalLife.OpenApi;

/// <summary>
/// The OpenAPI document (<c>/openapi/v1.json</c>) as exact as the front ends' generated types need it: what the API
/// really sends and reads. The committed copy is <c>etc/openapi/v1.json</c> (refresh: <c>etc/scripts/openapi.sh</c>).
/// </summary>
public static class OpenApiSetup
{
    public static IServiceCollection AddLocalLifeOpenApi(this IServiceCollection services)
    {
        // The document describes JSON with the minimal-API options, not MVC's: name enums the same way there.
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddOpenApi(options =>
        {
            options.AddSchemaTransformer<SchemaRules>();
            options.AddOperationTransformer<OperationRules>();
            options.AddDocumentTransformer<DocumentRules>();
        });
        return services;
    }
}
