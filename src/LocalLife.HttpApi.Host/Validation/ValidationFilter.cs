using System.Globalization;
using FluentValidation;
using LocalLife.Errors;
using LocalLife.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace LocalLife.Validation;

/// <summary>
/// Validates every action argument that has a FluentValidation validator before the action runs, so an invalid
/// input never reaches a use case. Answers 400 with the field errors.
/// </summary>
internal sealed class ValidationFilter(IServiceProvider services) : IAsyncActionFilter
{
    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var uiCulture = CultureInfo.CurrentUICulture;
        // FluentValidation ships its Chinese messages as zh-CN; ours is zh-Hans.
        CultureInfo.CurrentUICulture = LocalLifeTexts.Resolve(uiCulture) == "en" ? CultureInfo.GetCultureInfo("en") : CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            foreach (var argument in context.ActionArguments.Values)
            {
                if (argument is null) continue;
                var validatorType = typeof(IValidator<>).MakeGenericType(argument.GetType());
                if (services.GetService(validatorType) is not IValidator validator) continue;
                var result = await validator.ValidateAsync(new ValidationContext<object>(argument), context.HttpContext.RequestAborted);
                foreach (var failure in result.Errors)
                {
                    var field = JsonName(failure.PropertyName);
                    if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
                    list.Add(failure.ErrorMessage);
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = uiCulture;
        }

        if (errors.Count == 0)
        {
            await next();
            return;
        }
        var problem = ProblemWriter.Build(context.HttpContext, LocalLifeErrorCodes.Validation,
            errors: errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        context.Result = new BadRequestObjectResult(problem) { ContentTypes = { "application/problem+json" } };
    }

    /// <summary>Field names as the client sent them (camelCase JSON), including nested paths like <c>items[0].name</c>.</summary>
    internal static string JsonName(string path) =>
        string.Join('.', path.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));
}
