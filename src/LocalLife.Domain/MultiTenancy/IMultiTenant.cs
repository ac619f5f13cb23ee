namespace LocalLife.MultiTenancy;

/// <summary>
/// A tenant-owned row. <c>null</c> means the host (platform). Queries see only the current tenant's rows: the
/// EF query filter is the first line, PostgreSQL row-level security the second.
/// </summary>
public interface IMultiTenant
{
    Guid? TenantId { get; }
}
