using LocalLife.Errors;
using LocalLife.Tenancy;

namespace LocalLife.Catalog;

/// <summary>Creates stores only in categories the tenant has enabled, with the category's space types to start from.</summary>
public class StoreManager(ITenantRepository tenants, ICategoryRepository categories)
{
    public async Task<Store> CreateAsync(Guid tenantId, string categoryCode, StoreProfile profile, GeoPoint position, string? timeZone,
        OpeningHours hours, int defaultDepositPercent, CancellationToken ct)
    {
        var tenant = await tenants.GetAsync(tenantId, ct);
        await CheckCategoryAsync(tenant, categoryCode, ct);
        var category = (await categories.FindByCodeAsync(categoryCode, ct))!;
        return new Store(Guid.CreateVersion7(), tenantId, categoryCode, profile, position, timeZone ?? Store.DefaultTimeZone, hours,
            category.SpaceTypes, defaultDepositPercent);
    }

    private async Task CheckCategoryAsync(Tenant tenant, string categoryCode, CancellationToken ct)
    {
        if (!tenant.EnabledCategories.Contains(categoryCode) || await categories.FindByCodeAsync(categoryCode, ct) is null)
            throw new BusinessException(CatalogErrorCodes.CategoryNotEnabledForTenant).With("Category", categoryCode);
    }
}
