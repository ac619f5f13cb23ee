using LocalLife.Permissions;
using static LocalLife.Permissions.PermissionDefinition;
using P = LocalLife.Permissions.LocalLifePermissions;
using R = LocalLife.Identity.LocalLifeRoles;

namespace LocalLife.Spaces;

/// <summary>The permissions of rooms and booths, their side and the static roles that hold them by default.</summary>
internal static class SpacePermissionDefinitions
{
    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        Tenant(P.Spaces.Default, R.Owner, R.Manager, R.FrontDesk, R.Waiter),
        Tenant(P.Spaces.Manage, R.Owner, R.Manager),
        Tenant(P.Spaces.ChangeStatus, R.Owner, R.Manager, R.FrontDesk, R.Waiter),
    ];
}
