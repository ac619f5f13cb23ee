using LocalLife.Kitchen;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace LocalLife.Errors;

/// <summary>The HTTP statuses of the kitchen errors.</summary>
internal static class KitchenErrorStatuses
{
    public static readonly IReadOnlyDictionary<string, int> Map = new Dictionary<string, int>
    {
        { KitchenErrorCodes.IllegalTransition, Status409Conflict },
        { KitchenErrorCodes.ItemNotFound, Status404NotFound },
    };
}
