using LocalLife.Identity;
using LocalLife.MultiTenancy;
using LocalLife.Tenancy;

namespace LocalLife.Seeding;

/// <summary>
/// Every merchant's static roles, brought up to the current default permissions (a permission introduced since they were
/// created is given to the roles it is meant for, once). Merchants are read a page at a time.
/// </summary>
public sealed class TenantRolesDataSeeder(ITenantRepository tenants, StaticRoleSeeder roles, ICurrentTenant currentTenant)
{
    private const int PageSize = 200;

    public async Task SeedAsync(CancellationToken ct)
    {
        for (var skip = 0; ; skip += PageSize)
        {
            var (page, _) = await tenants.GetPageAsync(null, null, skip, PageSize, ct);
            foreach (var tenant in page)
            {
                using var _ = currentTenant.Change(tenant.Id, tenant.Name);
                await roles.EnsureAsync(ct);
            }
            if (page.Count < PageSize) return;
        }
    }
}
