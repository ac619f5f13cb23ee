using LocalLife.Loyalty;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace LocalLife.Errors;

/// <summary>The HTTP statuses of the points and rebate errors.</summary>
internal static class LoyaltyErrorStatuses
{
    public static readonly IReadOnlyDictionary<string, int> Map = new Dictionary<string, int>
    {
        { LoyaltyErrorCodes.InsufficientPoints, Status422UnprocessableEntity },
        { LoyaltyErrorCodes.OverOffsetCap, Status422UnprocessableEntity },
        { LoyaltyErrorCodes.DocumentTypeNotAllowed, Status422UnprocessableEntity },
        { LoyaltyErrorCodes.InvalidRule, Status422UnprocessableEntity },
        { LoyaltyErrorCodes.InvalidSettings, Status422UnprocessableEntity },
        { LoyaltyErrorCodes.IdempotencyKeyReused, Status409Conflict },
        { LoyaltyErrorCodes.NotACustomer, Status403Forbidden },
    };
}
