using LocalLife.Identity;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace LocalLife.Errors;

/// <summary>The HTTP statuses of the identity errors.</summary>
internal static class IdentityErrorStatuses
{
    public static readonly IReadOnlyDictionary<string, int> Map = new Dictionary<string, int>
    {
        { IdentityErrorCodes.DuplicateUserName, Status409Conflict },
        { IdentityErrorCodes.DuplicateRoleName, Status409Conflict },
        { IdentityErrorCodes.WeakPassword, Status422UnprocessableEntity },
        { IdentityErrorCodes.InvalidUserName, Status422UnprocessableEntity },
        { IdentityErrorCodes.UnknownRole, Status422UnprocessableEntity },
        { IdentityErrorCodes.UnknownPermission, Status422UnprocessableEntity },
        { IdentityErrorCodes.StaticRoleCannotBeDeleted, Status422UnprocessableEntity },
        { IdentityErrorCodes.CannotDeactivateSelf, Status422UnprocessableEntity },
        { IdentityErrorCodes.LastOwner, Status409Conflict },
        { IdentityErrorCodes.SuperRoleIsFixed, Status422UnprocessableEntity },
        { IdentityErrorCodes.BirthdayAlreadySet, Status409Conflict },
        { IdentityErrorCodes.IdentityFailure, Status422UnprocessableEntity },
        // A bad wx.login or phone code is the caller's (400); WeChat not answering is not (503).
        { IdentityErrorCodes.WeChatCodeInvalid, Status400BadRequest },
        { IdentityErrorCodes.WeChatUnavailable, Status503ServiceUnavailable },
    };
}
