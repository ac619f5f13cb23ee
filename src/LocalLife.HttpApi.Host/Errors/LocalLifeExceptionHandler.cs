using Microsoft.AspNetCore.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Errors;

/// <summary>Turns exceptions into problem details: business errors answer with their code's status, the rest is a logged 500.</summary>
internal sealed class LocalLifeExceptionHandler(ProblemWriter problems, ILogger<LocalLifeExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var business = exception switch
        {
            BusinessException b => b,
            DbUpdateConcurrencyException => new BusinessException(LocalLifeErrorCodes.ConcurrencyConflict),
            // Two requests raced to create the same thing and the database's unique index decided: a conflict, not a fault.
            DbUpdateException { InnerException: Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation } } =>
                new BusinessException(LocalLifeErrorCodes.ConcurrencyConflict),
            BadHttpRequestException => new BusinessException(LocalLifeErrorCodes.MalformedRequest),
            OperationCanceledException when context.RequestAborted.IsCancellationRequested => null,
            _ => null,
        };
        if (exception is DbUpdateException conflict && business is not null)
            logger.LogWarning("Write conflict on {Method} {Path}: {Detail}", context.Request.Method, context.Request.Path,
                conflict.InnerException?.Message ?? string.Join(", ", conflict.Entries.Select(e => e.Metadata.ClrType.Name)));
        // ASP.NET says which way a request was unreadable (413 too large, 408 too slow…); every other status is the code's.
        int? status = exception is BadHttpRequestException bad ? bad.StatusCode : null;
        if (business is null)
        {
            if (context.RequestAborted.IsCancellationRequested) return true; // the caller left; nobody reads an answer
            logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
            business = new BusinessException(LocalLifeErrorCodes.Internal);
        }
        else if ((status ?? ErrorStatuses.Of(business.Code)) >= 500)
        {
            logger.LogError(exception, "Server error {Code}", business.Code);
        }
        else
        {
            logger.LogInformation("Refused {Method} {Path}: {Code}", context.Request.Method, context.Request.Path, business.Code);
        }
        if (business.Code == LocalLifeErrorCodes.Unauthorized) context.Response.Headers.WWWAuthenticate = "Bearer"; // a use case found nobody signed in
        await problems.WriteAsync(context, business, status);
        return true;
    }
}
