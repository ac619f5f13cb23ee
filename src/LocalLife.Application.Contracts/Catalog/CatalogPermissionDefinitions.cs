using LocalLife.Permissions;
using static LocalLife.Permissions.PermissionDefinition;
using P = LocalLife.Permissions.LocalLifePermissions;
using R = LocalLife.Identity.LocalLifeRoles;

namespace LocalLife.Catalog;

/// <summary>The permissions of categories and stores, their side and the static roles that hold them by default.</summary>
internal static class CatalogPermissionDefinitions
{
    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        Host(P.Categories.Default, R.PlatformAdmin, R.Operator),
        Host(P.Categories.Manage, R.PlatformAdmin),
        Tenant(P.Stores.Default, R.Owner, R.Manager, R.FrontDesk, R.Kitchen, R.Waiter),
        Tenant(P.Stores.Manage, R.Owner, R.Manager),
    ];
}
