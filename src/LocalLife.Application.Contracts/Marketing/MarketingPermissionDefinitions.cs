using LocalLife.Permissions;
using static LocalLife.Permissions.PermissionDefinition;
using P = LocalLife.Permissions.LocalLifePermissions;
using R = LocalLife.Identity.LocalLifeRoles;

namespace LocalLife.Marketing;

/// <summary>The permissions of marketing, their side and the static roles that hold them by default (new in version 2).</summary>
internal static class MarketingPermissionDefinitions
{
    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        Host(P.HostMarketing.Default, R.PlatformAdmin, R.Operator) with { Since = 2 },
        Host(P.HostMarketing.Manage, R.PlatformAdmin, R.Operator) with { Since = 2 },
        Tenant(P.Marketing.Default, R.Owner, R.Manager, R.FrontDesk) with { Since = 2 },
        Tenant(P.Marketing.Manage, R.Owner, R.Manager) with { Since = 2 },
    ];
}
