using LocalLife.Dispatch;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace LocalLife.Errors;

/// <summary>The HTTP statuses of the dispatch errors.</summary>
internal static class DispatchErrorStatuses
{
    public static readonly IReadOnlyDictionary<string, int> Map = new Dictionary<string, int>
    {
        { DispatchErrorCodes.IllegalTransition, Status409Conflict },
        { DispatchErrorCodes.NotYourTask, Status403Forbidden },
        { DispatchErrorCodes.StopNotFound, Status404NotFound },
        { DispatchErrorCodes.WaiterNotOnDuty, Status422UnprocessableEntity },
    };
}
