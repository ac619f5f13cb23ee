using LocalLife.Permissions;
using static LocalLife.Permissions.PermissionDefinition;
using P = LocalLife.Permissions.LocalLifePermissions;
using R = LocalLife.Identity.LocalLifeRoles;

namespace LocalLife.Reviews;

/// <summary>The permissions of reviews and their moderation, their side and the static roles that hold them by default.</summary>
internal static class ReviewPermissionDefinitions
{
    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        Host(P.ReviewModeration.Default, R.PlatformAdmin, R.Operator) with { Since = 1 },
        Host(P.ReviewModeration.Settings, R.PlatformAdmin) with { Since = 1 },
        Tenant(P.Reviews.Default, R.Owner, R.Manager, R.FrontDesk) with { Since = 1 },
        Tenant(P.Reviews.Reply, R.Owner, R.Manager) with { Since = 1 },
    ];
}
