using LocalLife.Errors;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Validation;

/// <summary>Model binding failures (malformed JSON, a non-numeric id, an unknown enum) in the same problem shape.</summary>
internal static class InvalidModelStateResponse
{
    public static IActionResult Create(ActionContext context)
    {
        var errors = context.ModelState
            .Where(e => e.Value?.Errors.Count > 0)
            .ToDictionary(
                e => JsonFieldNames.Of(e.Key.TrimStart('$', '.')),
                e => e.Value!.Errors.Select(x => string.IsNullOrEmpty(x.ErrorMessage) ? "Invalid value." : x.ErrorMessage).ToArray());
        var problem = ProblemWriter.Build(context.HttpContext, LocalLifeErrorCodes.Validation, errors: errors);
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }
}
