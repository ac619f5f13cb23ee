using LocalLife.Permissions;
using static LocalLife.Permissions.PermissionDefinition;
using P = LocalLife.Permissions.LocalLifePermissions;
using R = LocalLife.Identity.LocalLifeRoles;

namespace LocalLife.Payments;

/// <summary>The permissions of payments, their side and the static roles that hold them by default.</summary>
internal static class PaymentPermissionDefinitions
{
    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        Host(P.HostPayments.Default, R.PlatformAdmin, R.Operator),
        Host(P.HostPayments.Settings, R.PlatformAdmin),
        Tenant(P.Payments.Default, R.Owner, R.Manager, R.FrontDesk),
        Tenant(P.Payments.Refund, R.Owner, R.Manager),
        Tenant(P.Payments.Reconciliation, R.Owner, R.Manager),
    ];
}
