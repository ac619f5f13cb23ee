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
        public const string Manage = "LocalLife.Categories.Manage";
    }

    public static class Loyalty
    {
        public const string Default = "LocalLife.Loyalty";
        public const string Manage = "LocalLife.Loyalty.Manage";
    }

    public static class RebateRules
    {
        public const string Default = "LocalLife.RebateRules";
        public const string Manage = "LocalLife.RebateRules.Manage";
    }

    public static class Stores
    {
        public const string Default = "LocalLife.Stores";
        public const string Manage = "LocalLife.Stores.Manage";
    }

    public static class Spaces
    {
        public const string Default = "LocalLife.Spaces";
        public const string Manage = "LocalLife.Spaces.Manage";
        public const string ChangeStatus = "LocalLife.Spaces.ChangeStatus";
    }

    public static class Events
    {
        public const string Default = "LocalLife.Events";
        public const string Retry = "LocalLife.Events.Retry";
    }

    public static class BackgroundJobs
    {
        /// <summary>The Hangfire dashboard at <c>/hangfire</c>.</summary>
        public const string Dashboard = "LocalLife.BackgroundJobs.Dashboard";
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

    public static class Bookings
    {
        public const string Default = "LocalLife.Bookings";
        public const string CheckIn = "LocalLife.Bookings.CheckIn";
        public const string Release = "LocalLife.Bookings.Release";
        public const string Cancel = "LocalLife.Bookings.Cancel";
    }

    public static class Menu
    {
        public const string Default = "LocalLife.Menu";
        public const string Manage = "LocalLife.Menu.Manage";
        public const string Stock = "LocalLife.Menu.Stock";
    }

    public static class Orders
    {
        public const string Default = "LocalLife.Orders";
        public const string Accept = "LocalLife.Orders.Accept";
        public const string Fulfil = "LocalLife.Orders.Fulfil";
        public const string Resolve = "LocalLife.Orders.Resolve";
    }

    public static class Kitchen
    {
        public const string Default = "LocalLife.Kitchen";
        public const string Prepare = "LocalLife.Kitchen.Prepare";
    }

    public static class Dispatch
    {
        public const string Default = "LocalLife.Dispatch";
        public const string Deliver = "LocalLife.Dispatch.Deliver";
        public const string Assign = "LocalLife.Dispatch.Assign";
    }

    public static class Printers
    {
        public const string Default = "LocalLife.Printers";
        public const string Manage = "LocalLife.Printers.Manage";
    }

    public static class HostPayments
    {
        public const string Default = "LocalLife.HostPayments";
        public const string Settings = "LocalLife.HostPayments.Settings";
    }

    public static class Reviews
    {
        public const string Default = "LocalLife.Reviews";
        public const string Reply = "LocalLife.Reviews.Reply";
    }

    public static class ReviewModeration
    {
        public const string Default = "LocalLife.ReviewModeration";
        public const string Settings = "LocalLife.ReviewModeration.Settings";
    }

    public static class Marketing
    {
        public const string Default = "LocalLife.Marketing";
        public const string Manage = "LocalLife.Marketing.Manage";
    }

    public static class HostMarketing
    {
        public const string Default = "LocalLife.HostMarketing";
        public const string Manage = "LocalLife.HostMarketing.Manage";
    }
}
