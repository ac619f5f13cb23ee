using LocalLife.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace LocalLife.Validation;

/// <summary>Model binding failures (malformed JSON, a non-numeric id, an unknown enum) in the same problem shape.</summary>
internal static class InvalidModelStateResponse
{
    public static IActionResult Create(ActionContext context)
    {
        var failed = context.ModelState.Where(e => e.Value?.Errors.Count > 0).ToList();
        // A body that could not be read is reported by its fields (arriveAt: …); MVC's extra "the input field is
        // required" for the body parameter itself names nothing the client sent.
        var bodies = context.ActionDescriptor.Parameters
            .Where(p => p.BindingInfo?.BindingSource == BindingSource.Body).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        if (failed.Any(e => !bodies.Contains(e.Key))) failed.RemoveAll(e => bodies.Contains(e.Key));
        var errors = failed.ToDictionary(
            e => JsonFieldNames.Of(e.Key.TrimStart('$', '.')),
            e => e.Value!.Errors.Select(x => string.IsNullOrEmpty(x.ErrorMessage) ? "Invalid value." : x.ErrorMessage).ToArray());
        var problem = ProblemWriter.Build(context.HttpContext, LocalLifeErrorCodes.Validation, errors: errors);
        return new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }
}
