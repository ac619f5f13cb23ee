namespace LocalLife.Tenancy;

public interface ITenantRepository
{
    Task<Tenant?> FindAsync(Guid id, CancellationToken ct);
    Task<Tenant> GetAsync(Guid id, CancellationToken ct);
    Task<Tenant?> FindByNameAsync(string name, CancellationToken ct);
    Task<(IReadOnlyList<Tenant> Items, int TotalCount)> GetPageAsync(string? filter, TenantStatus? status, int skip, int take, CancellationToken ct);
    Task InsertAsync(Tenant tenant, CancellationToken ct);
}
