using LocalLife.Permissions;
using static LocalLife.Permissions.PermissionDefinition;
using P = LocalLife.Permissions.LocalLifePermissions;
using R = LocalLife.Identity.LocalLifeRoles;

namespace LocalLife.Tenancy;

/// <summary>The permissions of merchants (tenants), their side and the static roles that hold them by default.</summary>
internal static class TenancyPermissionDefinitions
{
    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        Host(P.Tenants.Default, R.PlatformAdmin, R.Operator),
        Host(P.Tenants.Create, R.PlatformAdmin),
        Host(P.Tenants.Update, R.PlatformAdmin, R.Operator),
        Host(P.Tenants.ManageStatus, R.PlatformAdmin),
    ];
}
