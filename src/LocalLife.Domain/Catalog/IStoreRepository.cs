namespace LocalLife.Catalog;

public interface IStoreRepository
{
    /// <summary>A store of the current tenant; another tenant's store is not found.</summary>
    Task<Store> GetAsync(Guid id, CancellationToken ct);

    /// <summary>Which merchant a store belongs to (customers open any merchant's store; on the reader); null when there is none.</summary>
    Task<Guid?> FindTenantIdAcrossTenantsAsync(Guid id, CancellationToken ct);

    Task<IReadOnlyList<Store>> GetListAsync(CancellationToken ct);

    Task InsertAsync(Store store, CancellationToken ct);
}
