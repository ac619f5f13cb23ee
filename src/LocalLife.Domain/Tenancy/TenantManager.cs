using LocalLife.Catalog;
using LocalLife.Errors;

namespace LocalLife.Tenancy;

/// <summary>The only way to create a tenant or change its categories: it guards unique names and known, open categories.</summary>
public class TenantManager(ITenantRepository tenants, ICategoryRepository categories)
{
    public async Task<Tenant> CreateAsync(string name, string displayName, TenantContact contact, IEnumerable<string> categoryCodes, CancellationToken ct)
    {
        var normalized = name.Trim().ToLowerInvariant();
        if (await tenants.FindByNameAsync(normalized, ct) is not null)
            throw new BusinessException(TenantErrorCodes.DuplicateName).With("Name", normalized);

        var tenant = new Tenant(Guid.CreateVersion7(), normalized, displayName.Trim(), contact);
        await SetCategoriesAsync(tenant, categoryCodes, ct);
        return tenant;
    }

    public async Task SetCategoriesAsync(Tenant tenant, IEnumerable<string> categoryCodes, CancellationToken ct)
    {
        var codes = categoryCodes.Select(c => c.Trim().ToLowerInvariant()).Distinct().ToList();
        var known = (await categories.GetListAsync(ct)).ToDictionary(c => c.Code);
        foreach (var code in codes)
        {
            if (!known.TryGetValue(code, out var category))
                throw new BusinessException(TenantErrorCodes.UnknownCategory).With("Category", code);
            if (!category.IsEnabled && !tenant.EnabledCategories.Contains(code))
                throw new BusinessException(TenantErrorCodes.CategoryNotAvailable).With("Category", code);
        }
        tenant.SetEnabledCategories(codes);
    }
}
