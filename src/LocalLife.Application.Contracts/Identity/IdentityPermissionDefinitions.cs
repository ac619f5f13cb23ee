using LocalLife.Permissions;
using static LocalLife.Permissions.PermissionDefinition;
using P = LocalLife.Permissions.LocalLifePermissions;
using R = LocalLife.Identity.LocalLifeRoles;

namespace LocalLife.Identity;

/// <summary>The permissions of staff and roles, their side and the static roles that hold them by default.</summary>
internal static class IdentityPermissionDefinitions
{
    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        Tenant(P.Staff.Default, R.Owner, R.Manager),
        Tenant(P.Staff.Manage, R.Owner, R.Manager),
        Tenant(P.Roles.Default, R.Owner, R.Manager),
        Tenant(P.Roles.Manage, R.Owner),
    ];
}
