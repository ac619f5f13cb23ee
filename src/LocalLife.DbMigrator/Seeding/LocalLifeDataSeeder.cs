using LocalLife.MultiTenancy;
using Microsoft.Extensions.Options;

namespace LocalLife.Seeding;

/// <summary>Runs every seeder in order, as the host. Each one is idempotent.</summary>
public sealed class LocalLifeDataSeeder(
    CategoryDataSeeder categories,
    HostIdentityDataSeeder hostIdentity,
    TenantRolesDataSeeder tenantRoles,
    DemoDataSeeder demo,
    OpenIddictDataSeeder clients,
    Loyalty.IPointsRepository points,
    Entities.IUnitOfWork unitOfWork,
    ICurrentTenant currentTenant,
    IOptions<SeedOptions> options)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        using var host = currentTenant.Change(null);
        await categories.SeedAsync(ct);
        // The platform's loyalty settings row exists from the start, so the first customers never race to create it.
        await points.GetSettingsAsync(ct);
        await unitOfWork.SaveChangesAsync(ct);
        await hostIdentity.SeedAsync(ct);
        await tenantRoles.SeedAsync(ct);
        if (options.Value.Demo) await demo.SeedAsync(ct);
        await clients.SeedAsync(ct);
    }
}
