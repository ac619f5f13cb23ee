using LocalLife.Tenancy;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace LocalLife.Errors;

/// <summary>The HTTP statuses of the merchant (tenant) errors.</summary>
internal static class TenancyErrorStatuses
{
    public static readonly IReadOnlyDictionary<string, int> Map = new Dictionary<string, int>
    {
        { TenantErrorCodes.DuplicateName, Status409Conflict },
        { TenantErrorCodes.UnknownCategory, Status422UnprocessableEntity },
        { TenantErrorCodes.CategoryNotAvailable, Status422UnprocessableEntity },
        { TenantErrorCodes.AlreadyActive, Status409Conflict },
        { TenantErrorCodes.AlreadyInactive, Status409Conflict },
        { TenantErrorCodes.Inactive, Status403Forbidden },
        { TenantErrorCodes.NotFoundByName, Status404NotFound },
    };
}
