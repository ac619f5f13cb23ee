using LocalLife.Errors;
using LocalLife.MultiTenancy;
using LocalLife.Spaces;
using LocalLife.Tenancy;

namespace LocalLife.Catalog;

/// <summary>
/// What a customer may see and book across merchants: stores (and their spaces) whose merchant is active and whose
/// category is open for the platform and the merchant. Anything else is not found. Only the merchant is looked up across
/// tenants; the store and space are read as that merchant, on the app's context, so a booking can change the space it got.
/// The caller then works as the store's tenant.
/// </summary>
public sealed class CustomerVisibility(
    IStoreRepository stores,
    ISpaceRepository spaces,
    ITenantRepository tenants,
    ICategoryRepository categories,
    ICurrentTenant currentTenant)
{
    public async Task<Store> GetStoreAsync(Guid storeId, CancellationToken ct)
    {
        var tenantId = await stores.FindTenantIdAcrossTenantsAsync(storeId, ct) ?? throw new EntityNotFoundException(nameof(Store), storeId);
        using (currentTenant.Change(tenantId))
        {
            var store = await stores.GetAsync(storeId, ct);
            return await IsVisibleAsync(store, ct) ? store : throw new EntityNotFoundException(nameof(Store), storeId);
        }
    }

    public async Task<(Store Store, Space Space)> GetSpaceAsync(Guid spaceId, CancellationToken ct)
    {
        var tenantId = await spaces.FindTenantIdAcrossTenantsAsync(spaceId, ct) ?? throw new EntityNotFoundException(nameof(Space), spaceId);
        using (currentTenant.Change(tenantId))
        {
            var space = await spaces.GetAsync(spaceId, ct);
            var store = await stores.GetAsync(space.StoreId, ct);
            return await IsVisibleAsync(store, ct) ? (store, space) : throw new EntityNotFoundException(nameof(Space), spaceId);
        }
    }

    private async Task<bool> IsVisibleAsync(Store store, CancellationToken ct)
    {
        var tenant = await tenants.FindAsync(store.TenantId!.Value, ct);
        var category = await categories.FindByCodeAsync(store.CategoryCode, ct);
        return tenant is { IsActive: true } && tenant.EnabledCategories.Contains(store.CategoryCode) && category is { IsEnabled: true };
    }
}
