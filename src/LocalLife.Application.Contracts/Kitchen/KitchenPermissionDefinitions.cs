using LocalLife.Permissions;
using static LocalLife.Permissions.PermissionDefinition;
using P = LocalLife.Permissions.LocalLifePermissions;
using R = LocalLife.Identity.LocalLifeRoles;

namespace LocalLife.Kitchen;

/// <summary>The permissions of the kitchen stations, their side and the static roles that hold them by default.</summary>
internal static class KitchenPermissionDefinitions
{
    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        Tenant(P.Kitchen.Default, R.Owner, R.Manager, R.FrontDesk, R.Kitchen),
        Tenant(P.Kitchen.Prepare, R.Owner, R.Manager, R.Kitchen),
    ];
}
