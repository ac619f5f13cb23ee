using System.Globalization;
using LocalLife.Errors;
using LocalLife.Localization;
using LocalLife.Validation;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Errors;

/// <summary>
/// Builds the one error shape of the API: RFC 9457 problem details plus a stable <c>code</c>, the message in the
/// caller's language (<c>title</c>) and in both languages (<c>messages</c>), and field errors where there are some.
/// </summary>
public sealed class ProblemWriter(IProblemDetailsService problemDetails)
{
    /// <summary>The status is the code's (<see cref="ErrorStatuses"/>) unless the caller knows better (<paramref name="status"/>).</summary>
    public static ProblemDetails Build(HttpContext context, string code, IReadOnlyDictionary<string, object?>? values = null,
        IDictionary<string, string[]>? errors = null, int? status = null)
    {
        var problem = errors is null ? new ProblemDetails() : new ValidationProblemDetails(errors);
        problem.Status = status ?? ErrorStatuses.Of(code);
        problem.Title = LocalLifeTexts.Get(code, CallerCulture(context), values);
        problem.Type = $"https://locallife.dev/errors/{code.Replace(':', '/')}";
        problem.Instance = context.Request.Path;
        problem.Extensions["code"] = code;
        problem.Extensions["messages"] = LocalLifeTexts.All(code, values);
        problem.Extensions["traceId"] = context.TraceIdentifier;
        return problem;
    }

    /// <summary>An input its validator refused (at the use case's boundary) lists its field errors, camelCase as the client wrote them.</summary>
    public static ProblemDetails Build(HttpContext context, BusinessException exception, int? status = null) =>
        Build(context, exception.Code, exception.Values.AsReadOnly(),
            exception is InputValidationException invalid ? JsonFieldNames.Of(invalid.Errors) : null, status);

    /// <summary>
    /// The request's culture as the localization middleware chose it: an exception reaches the handler outside that
    /// middleware, where the thread's culture is the default again.
    /// </summary>
    private static CultureInfo CallerCulture(HttpContext context) =>
        context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? CultureInfo.CurrentUICulture;

    public async Task WriteAsync(HttpContext context, BusinessException exception, int? status = null)
    {
        var problem = Build(context, exception, status);
        context.Response.StatusCode = problem.Status!.Value;
        await problemDetails.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }
}
