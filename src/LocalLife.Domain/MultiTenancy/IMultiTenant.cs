namespace LocalLife.MultiTenancy;

/// <summary>
/// A tenant-owned row. <c>null</c> means the host (platform). Queries see only the current tenant's rows: the
/// EF query filter is the first line, PostgreSQL row-level security the second, and neither can be switched off. The
/// few reads across tenants are named repository methods on a separate, read-only database role.
/// </summary>
public interface IMultiTenant
{
    Guid? TenantId { get; }
}
