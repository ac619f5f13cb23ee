using LocalLife.Permissions;
using static LocalLife.Permissions.PermissionDefinition;
using P = LocalLife.Permissions.LocalLifePermissions;
using R = LocalLife.Identity.LocalLifeRoles;

namespace LocalLife.Loyalty;

/// <summary>The permissions of points rules and rebate rules, their side and the static roles that hold them by default.</summary>
internal static class LoyaltyPermissionDefinitions
{
    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        Host(P.Loyalty.Default, R.PlatformAdmin, R.Operator),
        Host(P.Loyalty.Manage, R.PlatformAdmin),
        Tenant(P.RebateRules.Default, R.Owner, R.Manager),
        Tenant(P.RebateRules.Manage, R.Owner, R.Manager),
    ];
}
