using System.Globalization;
using LocalLife.Common;
using LocalLife.Errors;
using LocalLife.Localization;
using LocalLife.MultiTenancy;
using LocalLife.Spaces;
using LocalLife.Tenancy;
using LocalLife.Validation;

namespace LocalLife.Catalog;

/// <summary>
/// The customer's view across every merchant. Searching is the platform-wide list (read on the cross-tenant reader);
/// opening one store works as that store's tenant, and only stores of active merchants in open categories are visible
/// (anything else is not found).
/// </summary>
public sealed class CustomerCatalogAppService(
    IStoreSearch search,
    ISpaceRepository spaces,
    CustomerVisibility visibility,
    ICatalogSettingsRepository settings,
    ICurrentTenant currentTenant,
    Media.IVideoRepository videos,
    BlobStoring.IBlobContainerFactory blobs,
    CatalogCache cache,
    TimeProvider clock,
    InputValidation inputValidation) : ICustomerCatalogAppService
{
    public const int MapLimit = 500;

    private static string Culture => LocalLifeTexts.Resolve(CultureInfo.CurrentUICulture);

    public async Task<PagedResultDto<StoreSummaryDto>> SearchStoresAsync(GetStoresInput input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        return await cache.GetOrCreateAsync($"stores:{System.Text.Json.JsonSerializer.Serialize(input)}", () => SearchStoresUncachedAsync(input, ct), ct);
    }

    private async Task<PagedResultDto<StoreSummaryDto>> SearchStoresUncachedAsync(GetStoresInput input, CancellationToken ct)
    {
        var position = input is { Latitude: { } lat, Longitude: { } lng } ? new GeoPoint(lat, lng) : null;
        var sort = input.Sort ?? StoreSort.Distance;
        if (sort == StoreSort.Distance && position is null) throw new BusinessException(CatalogErrorCodes.PositionRequired);
        var weights = (await settings.GetAsync(ct)).Weights;
        var (items, total) = await search.SearchAsync(new StoreSearchCriteria
        {
            CategoryCode = input.Category?.Trim().ToLowerInvariant(), Keyword = input.Keyword, OpenNow = input.OpenNow,
            MinPriceFen = input.MinPriceFen, MaxPriceFen = input.MaxPriceFen, MinRating = input.MinRating, Sort = sort,
            Position = position, RadiusMeters = input.RadiusKm * 1000, Skip = input.Skip, Take = input.Take,
            Now = clock.GetUtcNow(), Weights = weights,
        }, ct);
        return new PagedResultDto<StoreSummaryDto>(items.Select(h => h.ToDto()).ToList(), total);
    }

    public async Task<IReadOnlyList<StoreSummaryDto>> GetMapAsync(GetStoreMapInput input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        var (items, _) = await search.SearchAsync(new StoreSearchCriteria
        {
            CategoryCode = input.Category?.Trim().ToLowerInvariant(), Box = new GeoBox(input.South, input.West, input.North, input.East),
            Sort = StoreSort.Rating, Take = MapLimit, Now = clock.GetUtcNow(),
        }, ct);
        return items.Select(h => h.ToDto()).ToList();
    }

    public Task<StoreDto> GetStoreAsync(Guid id, CancellationToken ct) =>
        cache.GetOrCreateAsync($"store:{id}", async () => (await visibility.GetStoreAsync(id, ct)).ToDto(clock.GetUtcNow()), ct);

    public async Task<IReadOnlyList<SpaceDto>> GetSpacesAsync(Guid storeId, GetSpacesInput input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        return await cache.GetOrCreateAsync($"spaces:{storeId}:{Culture}:{System.Text.Json.JsonSerializer.Serialize(input)}", () => GetSpacesUncachedAsync(storeId, input, ct), ct);
    }

    private async Task<IReadOnlyList<SpaceDto>> GetSpacesUncachedAsync(Guid storeId, GetSpacesInput input, CancellationToken ct)
    {
        var store = await visibility.GetStoreAsync(storeId, ct);
        using (currentTenant.Change(store.TenantId))
        {
            var now = clock.GetUtcNow();
            return SpaceQuery.Apply(await spaces.GetByStoreAsync(store.Id, ct), input, store, now).Select(s => s.ToDto(store, now, Culture)).ToList();
        }
    }

    public async Task<SpaceDto> GetSpaceAsync(Guid id, CancellationToken ct)
    {
        var (store, space) = await visibility.GetSpaceAsync(id, ct);
        return space.ToDto(store, clock.GetUtcNow(), Culture);
    }

    public Task<IReadOnlyList<Media.VideoDto>> GetVideosAsync(Guid storeId, Guid? spaceId, CancellationToken ct) =>
        cache.GetOrCreateAsync($"videos:{storeId}:{spaceId}", () => GetVideosUncachedAsync(storeId, spaceId, ct), ct);

    private async Task<IReadOnlyList<Media.VideoDto>> GetVideosUncachedAsync(Guid storeId, Guid? spaceId, CancellationToken ct)
    {
        var store = await visibility.GetStoreAsync(storeId, ct);
        using (currentTenant.Change(store.TenantId))
        {
            var container = blobs.Get(Media.ProcessVideoJob.Container);
            var result = new List<Media.VideoDto>();
            foreach (var video in await videos.GetListAsync(store.Id, spaceId, readyOnly: true, ct))
                result.Add(await Media.VideoMapping.ToDtoAsync(video, container, ct));
            return result;
        }
    }
}
