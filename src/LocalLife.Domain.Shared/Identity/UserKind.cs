namespace LocalLife.Identity;

/// <summary>Who a user is to the platform; decides which route group (host/admin/app) the user may call.</summary>
public enum UserKind
{
    /// <summary>Platform operator (host side, no tenant).</summary>
    Platform = 1,
    /// <summary>Merchant staff, always inside one tenant.</summary>
    Merchant = 2,
    /// <summary>A customer: a platform-wide account, no tenant.</summary>
    Customer = 3,
}
