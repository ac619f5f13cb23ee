using LocalLife.Permissions;
using static LocalLife.Permissions.PermissionDefinition;
using P = LocalLife.Permissions.LocalLifePermissions;
using R = LocalLife.Identity.LocalLifeRoles;

namespace LocalLife.Bookings;

/// <summary>The permissions of bookings, their side and the static roles that hold them by default.</summary>
internal static class BookingPermissionDefinitions
{
    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        Tenant(P.Bookings.Default, R.Owner, R.Manager, R.FrontDesk, R.Waiter),
        Tenant(P.Bookings.CheckIn, R.Owner, R.Manager, R.FrontDesk),
        Tenant(P.Bookings.Release, R.Owner, R.Manager, R.FrontDesk),
        Tenant(P.Bookings.Cancel, R.Owner, R.Manager),
    ];
}
