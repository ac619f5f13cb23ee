namespace LocalLife.Catalog;

/// <summary>A merchant manages its own stores.</summary>
public interface IStoreAppService
{
    Task<IReadOnlyList<StoreDto>> GetListAsync(CancellationToken ct);
    Task<StoreDto> GetAsync(Guid id, CancellationToken ct);
    Task<StoreDto> CreateAsync(CreateStoreDto input, CancellationToken ct);
    Task<StoreDto> UpdateAsync(Guid id, UpdateStoreDto input, CancellationToken ct);
    Task<StoreDto> ChangeStatusAsync(Guid id, ChangeStoreStatusDto input, CancellationToken ct);
}
