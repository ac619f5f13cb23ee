namespace LocalLife.Permissions;

/// <summary>The permission names of points rules and rebate rules; <see cref="LocalLife.Loyalty.LoyaltyPermissionDefinitions"/> says who holds them.</summary>
public static partial class LocalLifePermissions
{
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
}
