using LocalLife.Catalog;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace LocalLife.Errors;

/// <summary>The HTTP statuses of the catalog errors.</summary>
internal static class CatalogErrorStatuses
{
    public static readonly IReadOnlyDictionary<string, int> Map = new Dictionary<string, int>
    {
        { CatalogErrorCodes.DuplicateCategoryCode, Status409Conflict },
        { CatalogErrorCodes.CategoryNotEnabledForTenant, Status422UnprocessableEntity },
        { CatalogErrorCodes.InvalidOpeningHours, Status422UnprocessableEntity },
        { CatalogErrorCodes.InvalidTimeZone, Status422UnprocessableEntity },
        { CatalogErrorCodes.UnknownSpaceType, Status422UnprocessableEntity },
        { CatalogErrorCodes.StoreAlreadyInStatus, Status409Conflict },
        { CatalogErrorCodes.PositionRequired, Status422UnprocessableEntity },
        { CatalogErrorCodes.InvalidWeights, Status422UnprocessableEntity },
        { CatalogErrorCodes.InvalidBookingPolicy, Status422UnprocessableEntity },
    };
}
