using LocalLife.Permissions;
using static LocalLife.Permissions.PermissionDefinition;
using P = LocalLife.Permissions.LocalLifePermissions;
using R = LocalLife.Identity.LocalLifeRoles;

namespace LocalLife.BackgroundJobs;

/// <summary>The permissions of background jobs, their side and the static roles that hold them by default.</summary>
internal static class BackgroundJobPermissionDefinitions
{
    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        Host(P.BackgroundJobs.Dashboard, R.PlatformAdmin),
    ];
}
