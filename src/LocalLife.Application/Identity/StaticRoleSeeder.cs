using LocalLife.MultiTenancy;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Identity;

namespace LocalLife.Identity;

/// <summary>
/// Creates the static roles of the current tenant (or the host) with their default permissions. Idempotent:
/// an existing role keeps whatever its owner has granted or revoked since.
/// </summary>
public sealed class StaticRoleSeeder(RoleManager<AppRole> roles, IPermissionStore permissions, ICurrentTenant currentTenant)
{
    public async Task<IReadOnlyList<AppRole>> EnsureAsync(CancellationToken ct)
    {
        var side = PermissionDefinitions.SideOf(currentTenant.Id);
        var result = new List<AppRole>();
        foreach (var name in PermissionDefinitions.StaticRoles(side))
        {
            var role = await roles.FindByNameAsync(name);
            if (role is null)
            {
                role = new AppRole(Guid.CreateVersion7(), currentTenant.Id, name, isStatic: true);
                (await roles.CreateAsync(role)).CheckErrors();
                if (!LocalLifeRoles.IsSuper(name))
                    await permissions.SetRolePermissionsAsync(role, PermissionDefinitions.DefaultsFor(name, side).ToList(), ct);
            }
            result.Add(role);
        }
        return result;
    }
}
