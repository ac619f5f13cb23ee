using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LocalLife.OpenApi;

/// <summary>
/// The document as a whole: the same wherever it is served (no server address: every path is on the host that
/// serves it), paths and tags in name order (so a diff of the committed copy shows only what changed), and the one
/// error shape every operation answers with (see <c>ProblemWriter</c>).
/// </summary>
internal sealed class DocumentRules : IOpenApiDocumentTransformer
{
    public const string ProblemDetails = "ProblemDetails";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo { Title = "LocalLife API", Version = "v1" };
        document.Servers = [];
        var paths = new OpenApiPaths();
        foreach (var (path, item) in document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal)) paths.Add(path, item);
        document.Paths = paths;
        if (document.Tags is { } tags) document.Tags = new HashSet<OpenApiTag>(tags.OrderBy(t => t.Name, StringComparer.Ordinal));
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemDetails] = ProblemSchema();
        return Task.CompletedTask;
    }

    private static OpenApiSchema ProblemSchema()
    {
        static OpenApiSchema Text() => new() { Type = JsonSchemaType.String };
        return new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "An error: RFC 9457 problem details with the stable code clients match, the text in the caller's language (title) and in both (messages).",
            Required = new HashSet<string> { "type", "title", "status", "instance", "code", "messages", "traceId" },
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = Text(),
                ["title"] = Text(),
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32" },
                ["detail"] = Text(),
                ["instance"] = Text(),
                ["code"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "e.g. LocalLife:Booking:SpaceNotFree" },
                ["messages"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Required = new HashSet<string> { "zh-Hans", "en" },
                    Properties = new Dictionary<string, IOpenApiSchema> { ["zh-Hans"] = Text(), ["en"] = Text() },
                },
                ["traceId"] = Text(),
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    Description = "Validation errors: the field's JSON name and its messages.",
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Text() },
                },
            },
        };
    }
}
