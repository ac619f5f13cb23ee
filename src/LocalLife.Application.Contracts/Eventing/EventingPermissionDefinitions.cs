using LocalLife.Permissions;
using static LocalLife.Permissions.PermissionDefinition;
using P = LocalLife.Permissions.LocalLifePermissions;
using R = LocalLife.Identity.LocalLifeRoles;

namespace LocalLife.Eventing;

/// <summary>The permissions of integration events, their side and the static roles that hold them by default.</summary>
internal static class EventingPermissionDefinitions
{
    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        Host(P.Events.Default, R.PlatformAdmin),
        Host(P.Events.Retry, R.PlatformAdmin),
    ];
}
