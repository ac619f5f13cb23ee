using LocalLife.Eventing;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace LocalLife.Errors;

/// <summary>The HTTP statuses of the integration event errors.</summary>
internal static class EventingErrorStatuses
{
    public static readonly IReadOnlyDictionary<string, int> Map = new Dictionary<string, int>
    {
        { EventingErrorCodes.MessageNotFailed, Status409Conflict },
    };
}
