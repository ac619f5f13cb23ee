namespace LocalLife.Permissions;

/// <summary>The permission names of payments; <see cref="LocalLife.Payments.PaymentPermissionDefinitions"/> says who holds them.</summary>
public static partial class LocalLifePermissions
{
    public static class HostPayments
    {
        public const string Default = "LocalLife.HostPayments";
        public const string Settings = "LocalLife.HostPayments.Settings";
    }

    public static class Payments
    {
        public const string Default = "LocalLife.Payments";
        public const string Refund = "LocalLife.Payments.Refund";
        public const string Reconciliation = "LocalLife.Payments.Reconciliation";
    }
}
