namespace LocalLife.Spaces;

public interface ISpaceRepository
{
    /// <summary>A space of the current tenant; another tenant's space is not found.</summary>
    Task<Space> GetAsync(Guid id, CancellationToken ct);

    /// <summary>Which merchant a space belongs to (customers book and scan any merchant's; on the reader); null when there is none.</summary>
    Task<Guid?> FindTenantIdAcrossTenantsAsync(Guid id, CancellationToken ct);

    Task<IReadOnlyList<Space>> GetByStoreAsync(Guid storeId, CancellationToken ct);

    Task<bool> NumberExistsAsync(Guid storeId, string number, Guid? exceptId, CancellationToken ct);

    Task InsertAsync(Space space, CancellationToken ct);

    /// <summary>Soft-deletes on save.</summary>
    void Delete(Space space);

    Task<IReadOnlyList<SpaceStatusRecord>> GetHistoryAsync(Guid spaceId, int take, CancellationToken ct);

    Task InsertHistoryAsync(SpaceStatusRecord record, CancellationToken ct);
}
