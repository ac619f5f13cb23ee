namespace LocalLife.Tenancy;

/// <summary>Raised when a tenant is activated or deactivated.</summary>
public sealed record TenantStatusChanged(Guid TenantId, TenantStatus Status);
