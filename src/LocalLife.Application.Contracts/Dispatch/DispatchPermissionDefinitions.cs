using LocalLife.Permissions;
using static LocalLife.Permissions.PermissionDefinition;
using P = LocalLife.Permissions.LocalLifePermissions;
using R = LocalLife.Identity.LocalLifeRoles;

namespace LocalLife.Dispatch;

/// <summary>The permissions of dispatch to waiters, their side and the static roles that hold them by default.</summary>
internal static class DispatchPermissionDefinitions
{
    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        Tenant(P.Dispatch.Default, R.Owner, R.Manager, R.FrontDesk, R.Waiter),
        Tenant(P.Dispatch.Deliver, R.Owner, R.Manager, R.Waiter),
        Tenant(P.Dispatch.Assign, R.Owner, R.Manager, R.FrontDesk) with { Since = 1 },
    ];
}
