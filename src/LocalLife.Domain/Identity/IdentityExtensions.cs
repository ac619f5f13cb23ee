using LocalLife.Errors;
using Microsoft.AspNetCore.Identity;

namespace LocalLife.Identity;

public static class IdentityResultExtensions
{
    /// <summary>Turns Identity's error list into one LocalLife error with a stable code.</summary>
    public static void CheckErrors(this IdentityResult result)
    {
        if (result.Succeeded) return;
        var error = result.Errors.First();
        throw error.Code switch
        {
            nameof(IdentityErrorDescriber.DuplicateUserName) => new BusinessException(IdentityErrorCodes.DuplicateUserName).With("UserName", Quoted(error.Description)),
            nameof(IdentityErrorDescriber.DuplicateRoleName) => new BusinessException(IdentityErrorCodes.DuplicateRoleName).With("Name", Quoted(error.Description)),
            nameof(IdentityErrorDescriber.InvalidUserName) => new BusinessException(IdentityErrorCodes.InvalidUserName),
            nameof(IdentityErrorDescriber.ConcurrencyFailure) => new BusinessException(LocalLifeErrorCodes.ConcurrencyConflict),
            var code when code.StartsWith("Password", StringComparison.Ordinal) => new BusinessException(IdentityErrorCodes.WeakPassword),
            _ => new BusinessException(IdentityErrorCodes.IdentityFailure).With("Description", error.Description),
        };
    }

    // Identity's descriptions quote the offending name: "Username 'x' is already taken."
    private static string Quoted(string description)
    {
        var start = description.IndexOf('\'');
        var end = description.LastIndexOf('\'');
        return start >= 0 && end > start ? description[(start + 1)..end] : description;
    }
}
