namespace LocalLife.Permissions;

/// <summary>
/// Permission names. Every endpoint names one; roles are granted them. Host permissions belong to platform
/// roles, tenant permissions to a merchant's roles; <see cref="PermissionDefinitions"/> says which is which.
/// </summary>
public static class LocalLifePermissions
{
    public const string Prefix = "LocalLife.";

    public static class Tenants
    {
        public const string Default = "LocalLife.Tenants";
        public const string Create = "LocalLife.Tenants.Create";
        public const string Update = "LocalLife.Tenants.Update";
        public const string ManageStatus = "LocalLife.Tenants.ManageStatus";
    }

    public static class Categories
    {
        public const string Default = "LocalLife.Categories";
    }

    public static class Staff
    {
        public const string Default = "LocalLife.Staff";
        public const string Manage = "LocalLife.Staff.Manage";
    }

    public static class Roles
    {
        public const string Default = "LocalLife.Roles";
        public const string Manage = "LocalLife.Roles.Manage";
    }

    public static class Payments
    {
        public const string Default = "LocalLife.Payments";
        public const string Refund = "LocalLife.Payments.Refund";
        public const string Reconciliation = "LocalLife.Payments.Reconciliation";
    }

    public static class HostPayments
    {
        public const string Default = "LocalLife.HostPayments";
        public const string Settings = "LocalLife.HostPayments.Settings";
    }
}
