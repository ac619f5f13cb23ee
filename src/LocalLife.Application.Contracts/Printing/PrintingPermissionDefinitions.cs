using LocalLife.Permissions;
using static LocalLife.Permissions.PermissionDefinition;
using P = LocalLife.Permissions.LocalLifePermissions;
using R = LocalLife.Identity.LocalLifeRoles;

namespace LocalLife.Printing;

/// <summary>The permissions of printers, their side and the static roles that hold them by default.</summary>
internal static class PrintingPermissionDefinitions
{
    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        Tenant(P.Printers.Default, R.Owner, R.Manager, R.FrontDesk, R.Kitchen),
        Tenant(P.Printers.Manage, R.Owner, R.Manager),
    ];
}
