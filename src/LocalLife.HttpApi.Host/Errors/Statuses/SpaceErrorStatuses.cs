using LocalLife.Spaces;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace LocalLife.Errors;

/// <summary>The HTTP statuses of the room and booth errors.</summary>
internal static class SpaceErrorStatuses
{
    public static readonly IReadOnlyDictionary<string, int> Map = new Dictionary<string, int>
    {
        { SpaceErrorCodes.IllegalTransition, Status409Conflict },
        { SpaceErrorCodes.DuplicateNumber, Status409Conflict },
        { SpaceErrorCodes.InvalidCapacity, Status422UnprocessableEntity },
        { SpaceErrorCodes.InvalidDepositRatio, Status422UnprocessableEntity },
        { SpaceErrorCodes.InvalidPriceRule, Status422UnprocessableEntity },
        { SpaceErrorCodes.NotFree, Status409Conflict },
        { SpaceErrorCodes.QrInvalid, Status422UnprocessableEntity },
        { SpaceErrorCodes.QrRotated, Status410Gone },
        { SpaceErrorCodes.QrDeactivated, Status422UnprocessableEntity },
    };
}
