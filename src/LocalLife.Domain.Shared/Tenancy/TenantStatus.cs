namespace LocalLife.Tenancy;

public enum TenantStatus
{
    Active = 1,
    /// <summary>Deactivated by the platform: its staff can no longer sign in and its stores are hidden.</summary>
    Inactive = 2,
}
