using LocalLife.Catalog;
using LocalLife.Errors;
using LocalLife.MultiTenancy;
using LocalLife.Spaces;
using LocalLife.Tenancy;

namespace LocalLife.Bookings;

/// <summary>
/// A space as a customer may book it: found across tenants, of a store whose merchant is active and whose category is
/// open (the same rule as the customer catalog); anything else is not found. The caller then works as the store's tenant.
/// </summary>
public sealed class BookableSpaces(
    ISpaceRepository spaces,
    IStoreRepository stores,
    ITenantRepository tenants,
    ICategoryRepository categories,
    IDataFilter dataFilter)
{
    public async Task<(Store Store, Space Space)> GetAsync(Guid spaceId, CancellationToken ct)
    {
        Space space;
        Store store;
        using (dataFilter.Disable<IMultiTenant>())
        {
            space = await spaces.GetAsync(spaceId, ct);
            store = await stores.GetAsync(space.StoreId, ct);
        }
        var tenant = await tenants.FindAsync(store.TenantId!.Value, ct);
        var category = await categories.FindByCodeAsync(store.CategoryCode, ct);
        if (tenant is not { IsActive: true } || !tenant.EnabledCategories.Contains(store.CategoryCode) || category is not { IsEnabled: true })
            throw new EntityNotFoundException(nameof(Space), spaceId);
        return (store, space);
    }
}
