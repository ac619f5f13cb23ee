using System.Globalization;
using LocalLife.Errors;
using LocalLife.Localization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Errors;

/// <summary>
/// Builds the one error shape of the API: RFC 9457 problem details plus a stable <c>code</c>, the message in the
/// caller's language (<c>title</c>) and in both languages (<c>messages</c>), and field errors where there are some.
/// </summary>
public sealed class ProblemWriter(IProblemDetailsService problemDetails)
{
    public static ProblemDetails Build(HttpContext context, string code, int status, IReadOnlyDictionary<string, object?>? values = null,
        IDictionary<string, string[]>? errors = null)
    {
        var problem = errors is null ? new ProblemDetails() : new ValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = LocalLifeTexts.Get(code, CultureInfo.CurrentUICulture, values);
        problem.Type = $"https://locallife.dev/errors/{code.Replace(':', '/')}";
        problem.Instance = context.Request.Path;
        problem.Extensions["code"] = code;
        problem.Extensions["messages"] = LocalLifeTexts.All(code, values);
        problem.Extensions["traceId"] = context.TraceIdentifier;
        return problem;
    }

    public static ProblemDetails Build(HttpContext context, BusinessException exception) =>
        Build(context, exception.Code, exception.HttpStatus, exception.Values.AsReadOnly());

    public async Task WriteAsync(HttpContext context, BusinessException exception)
    {
        var problem = Build(context, exception);
        context.Response.StatusCode = exception.HttpStatus;
        await problemDetails.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
