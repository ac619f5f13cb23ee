using LocalLife.MultiTenancy;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Identity;

namespace LocalLife.Identity;

/// <summary>
/// Creates the static roles of the current tenant (or the host) with their default permissions. Idempotent: an existing role
/// keeps whatever its owner has granted or revoked since, and only gains the defaults of permissions introduced after it was
/// last seeded (<see cref="PermissionDefinitions.Version"/>), once.
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
                role.DefaultPermissionsGiven(PermissionDefinitions.Version);
                (await roles.CreateAsync(role)).CheckErrors();
                if (!LocalLifeRoles.IsSuper(name))
                    await permissions.SetRolePermissionsAsync(role, PermissionDefinitions.DefaultsFor(name, side).ToList(), ct);
            }
            else if (role.PermissionsVersion < PermissionDefinitions.Version)
            {
                if (!LocalLifeRoles.IsSuper(name))
                {
                    var added = PermissionDefinitions.DefaultsSince(name, side, role.PermissionsVersion).ToList();
                    var current = (await permissions.GetRolePermissionsAsync([role.Id], ct)).GetValueOrDefault(role.Id) ?? [];
                    if (added.Except(current).Any()) await permissions.SetRolePermissionsAsync(role, current.Union(added).ToList(), ct);
                }
                role.DefaultPermissionsGiven(PermissionDefinitions.Version);
                (await roles.UpdateAsync(role)).CheckErrors();
            }
            result.Add(role);
        }
        return result;
    }
}
