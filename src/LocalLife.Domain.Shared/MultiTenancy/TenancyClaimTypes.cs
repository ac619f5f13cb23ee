namespace LocalLife.MultiTenancy;

/// <summary>Claim names carried by LocalLife access tokens.</summary>
public static class LocalLifeClaimTypes
{
    public const string TenantId = "tenantid";
    public const string TenantName = "tenantname";
    public const string UserKind = "user_kind";
    public const string Permission = "permission";
}
