using LocalLife.Errors;
using LocalLife.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace LocalLife.Identity;

/// <summary>Creates a user of the current tenant with a password and roles, as one act, checking the roles exist.</summary>
public sealed class UserProvisioner(UserManager<AppUser> users, RoleManager<AppRole> roles, ICurrentTenant currentTenant)
{
    public async Task<AppUser> CreateAsync(string userName, string displayName, string password, UserKind kind, IReadOnlyCollection<string> roleNames,
        string? phone = null, string? email = null)
    {
        await EnsureRolesExistAsync(roleNames);
        var user = new AppUser(Guid.CreateVersion7(), currentTenant.Id, userName.Trim(), displayName, kind)
        {
            PhoneNumber = phone,
            Email = email,
        };
        (await users.CreateAsync(user, password)).CheckErrors();
        if (roleNames.Count > 0) (await users.AddToRolesAsync(user, roleNames)).CheckErrors();
        return user;
    }

    public async Task EnsureRolesExistAsync(IEnumerable<string> roleNames)
    {
        foreach (var name in roleNames)
        {
            if (!await roles.RoleExistsAsync(name))
                throw new BusinessException(IdentityErrorCodes.UnknownRole).With("Name", name);
        }
    }
}
