namespace LocalLife.Permissions;

/// <summary>The permission names of marketing; <see cref="LocalLife.Marketing.MarketingPermissionDefinitions"/> says who holds them.</summary>
public static partial class LocalLifePermissions
{
    /// <summary>A merchant's coupons, activities, combos' results and points mall.</summary>
    public static class Marketing
    {
        public const string Default = "LocalLife.Marketing";
        public const string Manage = "LocalLife.Marketing.Manage";
    }

    /// <summary>The platform's coupons and mall, and its settlement with merchants for platform-funded discounts.</summary>
    public static class HostMarketing
    {
        public const string Default = "LocalLife.HostMarketing";
        public const string Manage = "LocalLife.HostMarketing.Manage";
    }
}
