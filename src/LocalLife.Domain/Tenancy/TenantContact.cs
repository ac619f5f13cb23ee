namespace LocalLife.Tenancy;

/// <summary>Who the platform calls about this merchant.</summary>
public sealed record TenantContact(string? Name, string? Phone, string? Email);
