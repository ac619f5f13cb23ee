using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LocalLife.OpenApi;

/// <summary>
/// Each operation as the API answers it: JSON bodies as <c>application/json</c> only (the other media types MVC
/// could negotiate are never used by a client), 204 where the action returns <see cref="NoContentResult"/>, query
/// parameters in camelCase like the JSON (binding ignores case), and every error as problem details.
/// </summary>
internal sealed class OperationRules : IOpenApiOperationTransformer
{
    private static readonly string[] NegotiableOnly = ["text/plain", "text/json", "application/*+json"];

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (operation.RequestBody?.Content is { } requestContent) DropNegotiableOnly(requestContent);
        operation.Responses ??= [];
        foreach (var response in operation.Responses.Values)
            if (response.Content is { } content) DropNegotiableOnly(content);

        if (ReturnsNoContent(context.Description.ActionDescriptor) && operation.Responses.Remove("200"))
            operation.Responses["204"] = new OpenApiResponse { Description = "No Content" };

        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
            if (parameter is { In: ParameterLocation.Query, Name: { } name })
                parameter.Name = string.Join('.', name.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));

        operation.Responses["default"] = new OpenApiResponse
        {
            Description = "Problem details (RFC 9457) with a stable code and the message in zh-Hans and en",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(DocumentRules.ProblemDetails, context.Document) },
            },
        };
        return Task.CompletedTask;
    }

    private static void DropNegotiableOnly(IDictionary<string, OpenApiMediaType> content)
    {
        if (!content.ContainsKey("application/json")) return;
        foreach (var mediaType in NegotiableOnly) content.Remove(mediaType);
    }

    private static bool ReturnsNoContent(Microsoft.AspNetCore.Mvc.Abstractions.ActionDescriptor action)
    {
        if (action is not ControllerActionDescriptor controllerAction) return false;
        var type = controllerAction.MethodInfo.ReturnType;
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Task<>)) type = type.GetGenericArguments()[0];
        return type == typeof(NoContentResult);
    }
}
