using LocalLife.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LocalLife.Seeding;

/// <summary>The platform's roles and its first administrator (user name "admin").</summary>
public sealed class HostIdentityDataSeeder(StaticRoleSeeder roles, UserProvisioner provisioner, UserManager<AppUser> users, IOptions<SeedOptions> options)
{
    public const string AdminUserName = "admin";
    public const string OperatorUserName = "operator";

    public async Task SeedAsync(CancellationToken ct)
    {
        await roles.EnsureAsync(ct);
        if (await users.FindByNameAsync(AdminUserName) is null)
            await provisioner.CreateAsync(AdminUserName, "平台管理员", options.Value.AdminPassword, UserKind.Platform, [LocalLifeRoles.PlatformAdmin]);
        if (options.Value.Demo && await users.FindByNameAsync(OperatorUserName) is null)
            await provisioner.CreateAsync(OperatorUserName, "平台运营", options.Value.DemoPassword, UserKind.Platform, [LocalLifeRoles.Operator]);
    }
}
