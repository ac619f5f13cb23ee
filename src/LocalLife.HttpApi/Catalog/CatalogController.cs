using LocalLife.Common;
using LocalLife.Spaces;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Catalog;

/// <summary>What customers browse, signed in or not: categories, stores (list and map), a store and its spaces.</summary>
[Route("api/app/catalog")]
public sealed class CatalogController(ICustomerCatalogAppService catalog, ICategoryAppService categories, ISpaceQrAppService qr) : AppController
{
    [HttpGet("categories"), AllowAnonymous]
    public Task<IReadOnlyList<CategoryDto>> GetCategoriesAsync(CancellationToken ct) => categories.GetEnabledAsync(ct);

    [HttpGet("stores"), AllowAnonymous]
    public Task<PagedResultDto<StoreSummaryDto>> SearchStoresAsync([FromQuery] GetStoresInput input, CancellationToken ct) => catalog.SearchStoresAsync(input, ct);

    [HttpGet("stores/map"), AllowAnonymous]
    public Task<IReadOnlyList<StoreSummaryDto>> GetMapAsync([FromQuery] GetStoreMapInput input, CancellationToken ct) => catalog.GetMapAsync(input, ct);

    [HttpGet("stores/{id:guid}"), AllowAnonymous]
    public Task<StoreDto> GetStoreAsync(Guid id, CancellationToken ct) => catalog.GetStoreAsync(id, ct);

    [HttpGet("stores/{id:guid}/spaces"), AllowAnonymous]
    public Task<IReadOnlyList<SpaceDto>> GetSpacesAsync(Guid id, [FromQuery] GetSpacesInput input, CancellationToken ct) => catalog.GetSpacesAsync(id, input, ct);

    [HttpGet("stores/{id:guid}/videos"), AllowAnonymous]
    public Task<IReadOnlyList<Media.VideoDto>> GetVideosAsync(Guid id, [FromQuery] Guid? spaceId, CancellationToken ct) => catalog.GetVideosAsync(id, spaceId, ct);

    /// <summary>A scanned ordering QR code (the <c>t</c> of its URL) says which store and room or booth the customer is in.</summary>
    [HttpGet("scan"), AllowAnonymous]
    public Task<ScanResultDto> ScanAsync([FromQuery] ScanInput input, CancellationToken ct) => qr.ScanAsync(input, ct);

    [HttpGet("spaces/{id:guid}"), AllowAnonymous]
    public Task<SpaceDto> GetSpaceAsync(Guid id, CancellationToken ct) => catalog.GetSpaceAsync(id, ct);
}
