using LocalLife.Common;
using LocalLife.Spaces;

namespace LocalLife.Catalog;

/// <summary>What customers browse across every merchant: categories, stores (list and map), a store and its spaces.</summary>
public interface ICustomerCatalogAppService
{
    Task<PagedResultDto<StoreSummaryDto>> SearchStoresAsync(GetStoresInput input, CancellationToken ct);
    Task<IReadOnlyList<StoreSummaryDto>> GetMapAsync(GetStoreMapInput input, CancellationToken ct);
    Task<StoreDto> GetStoreAsync(Guid id, CancellationToken ct);
    Task<IReadOnlyList<SpaceDto>> GetSpacesAsync(Guid storeId, GetSpacesInput input, CancellationToken ct);
    Task<SpaceDto> GetSpaceAsync(Guid id, CancellationToken ct);

    /// <summary>Ready videos of a store (or of one of its spaces), with play and poster URLs valid for an hour.</summary>
    Task<IReadOnlyList<Media.VideoDto>> GetVideosAsync(Guid storeId, Guid? spaceId, CancellationToken ct);
}
