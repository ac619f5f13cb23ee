using Microsoft.AspNetCore.Identity;

namespace LocalLife.Identity;

/// <summary>Identity can require a digit but not a letter; staff passwords need both.</summary>
public sealed class LetterAndDigitPasswordValidator : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && password.Any(char.IsLetter) && password.Any(char.IsDigit)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordRequiresLetterAndDigit", Description = "Password needs letters and digits." }));
}
