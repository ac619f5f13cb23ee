using LocalLife.Catalog;
using LocalLife.Identity;
using LocalLife.Entities;
using LocalLife.MultiTenancy;
using LocalLife.Payments;
using LocalLife.Tenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LocalLife.Seeding;

/// <summary>One demo merchant per phase-1 category, each with an owner and one account per staff role.</summary>
public sealed class DemoDataSeeder(
    ITenantRepository tenants,
    ITenantAppService tenantService,
    UserProvisioner provisioner,
    UserManager<AppUser> users,
    ICurrentTenant currentTenant,
    DemoCatalogSeeder catalog,
    DemoMenuSeeder menu,
    DemoMarketingSeeder marketing,
    IPaymentSettingsRepository paymentSettings,
    IUnitOfWork unitOfWork,
    IOptions<SeedOptions> options)
{
    public static readonly (string Name, string DisplayName, string Category)[] Tenants =
    [
        ("ktv-demo", "星光KTV（演示）", CategoryCodes.Ktv),
        ("teahouse-demo", "清风茶楼（演示）", CategoryCodes.TeaHouse),
        ("cafe-demo", "拾光咖啡（演示）", CategoryCodes.Cafe),
    ];

    public static readonly (string UserName, string DisplayName, string Role)[] Staff =
    [
        ("manager", "店长", LocalLifeRoles.Manager),
        ("frontdesk", "前台", LocalLifeRoles.FrontDesk),
        ("kitchen", "后厨", LocalLifeRoles.Kitchen),
        ("waiter", "服务员", LocalLifeRoles.Waiter),
    ];

    /// <summary>WeChat Pay sub-merchant ids of the demo tenants (Partner mode; the simulator accepts any).</summary>
    public static readonly string[] SubMchIds = ["1900000201", "1900000202", "1900000203"];

    public async Task SeedAsync(CancellationToken ct)
    {
        var password = options.Value.DemoPassword;
        foreach (var ((name, displayName, category), index) in Tenants.Select((t, i) => (t, i)))
        {
            var tenant = await tenants.FindByNameAsync(name, ct);
            if (tenant is null)
            {
                var created = await tenantService.CreateAsync(new CreateTenantDto
                {
                    Name = name, DisplayName = displayName, ContactName = "演示联系人", ContactPhone = "13800000000",
                    EnabledCategories = [category], AdminUserName = "owner", AdminPassword = password, AdminDisplayName = "店主",
                }, ct);
                tenant = await tenants.GetAsync(created.Id, ct);
            }
            using (currentTenant.Change(tenant.Id, tenant.Name))
            {
                foreach (var (userName, staffName, role) in Staff)
                {
                    if (await users.FindByNameAsync(userName) is null)
                        await provisioner.CreateAsync(userName, staffName, password, UserKind.Merchant, [role]);
                }
                await catalog.SeedAsync(tenant, ct);
                await menu.SeedAsync(ct);
                await marketing.SeedAsync(DateTimeOffset.UtcNow, ct);
                if (await paymentSettings.FindAsync(ct) is null)
                {
                    var settings = new PaymentSettings(Guid.CreateVersion7(), tenant.Id);
                    settings.SetWeChatPaySubMchId(SubMchIds[index]);
                    await paymentSettings.InsertAsync(settings, ct);
                    await unitOfWork.SaveChangesAsync(ct);
                }
            }
        }
    }
}
