using static Microsoft.AspNetCore.Http.StatusCodes;

namespace LocalLife.Errors;

/// <summary>The HTTP statuses of the errors every feature shares.</summary>
internal static class CommonErrorStatuses
{
    public static readonly IReadOnlyDictionary<string, int> Map = new Dictionary<string, int>
    {
        { LocalLifeErrorCodes.EntityNotFound, Status404NotFound },
        // Invalid input with field errors. (ReviewSettings also throws it, behind a validator that refuses the same input first.)
        { LocalLifeErrorCodes.Validation, Status400BadRequest },
        { LocalLifeErrorCodes.Unauthorized, Status401Unauthorized },
        { LocalLifeErrorCodes.Forbidden, Status403Forbidden },
        { LocalLifeErrorCodes.ConcurrencyConflict, Status409Conflict },
        { LocalLifeErrorCodes.Internal, Status500InternalServerError },
        // A request the server could not read; ASP.NET's BadHttpRequestException keeps its own status (413, 408, …).
        { LocalLifeErrorCodes.MalformedRequest, Status400BadRequest },
        // Over one of the abuse limits (RateLimits), with Retry-After.
        { LocalLifeErrorCodes.TooManyRequests, Status429TooManyRequests },
    };
}
