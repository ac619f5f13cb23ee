using LocalLife.Permissions;
using static LocalLife.Permissions.PermissionDefinition;
using P = LocalLife.Permissions.LocalLifePermissions;
using R = LocalLife.Identity.LocalLifeRoles;

namespace LocalLife.Ordering;

/// <summary>The permissions of the menu and orders, their side and the static roles that hold them by default.</summary>
internal static class OrderingPermissionDefinitions
{
    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        Tenant(P.Menu.Default, R.Owner, R.Manager, R.FrontDesk, R.Kitchen, R.Waiter),
        Tenant(P.Menu.Manage, R.Owner, R.Manager),
        Tenant(P.Menu.Stock, R.Owner, R.Manager, R.FrontDesk, R.Kitchen),
        Tenant(P.Orders.Default, R.Owner, R.Manager, R.FrontDesk, R.Kitchen, R.Waiter),
        Tenant(P.Orders.Accept, R.Owner, R.Manager, R.FrontDesk),
        Tenant(P.Orders.Fulfil, R.Owner, R.Manager, R.FrontDesk, R.Kitchen, R.Waiter),
        Tenant(P.Orders.Resolve, R.Owner, R.Manager),
    ];
}
