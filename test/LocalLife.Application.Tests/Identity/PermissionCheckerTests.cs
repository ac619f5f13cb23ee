using System.Security.Claims;
using LocalLife.EntityFrameworkCore;
using LocalLife.MultiTenancy;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Identity;

[Collection(DatabaseCollection.Name)]
public sealed class PermissionCheckerTests(TestDatabase database) : IAsyncLifetime
{
    private ServiceProvider _services = null!;

    public Task InitializeAsync()
    {
        _services = TestServices.Create(database);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Theory]
    [InlineData("owner", LocalLifeRoles.Owner)]
    [InlineData("manager", LocalLifeRoles.Manager)]
    [InlineData("waiter", LocalLifeRoles.Waiter)]
    [InlineData("kitchen", LocalLifeRoles.Kitchen)]
    public async Task Staff_get_the_permissions_of_their_roles_in_their_tenant(string userName, string role)
    {
        var granted = await GrantedAsync("ktv-demo", userName);
        var expected = LocalLifeRoles.IsSuper(role)
            ? PermissionDefinitions.For(PermissionSide.Tenant).Select(p => p.Name)
            : PermissionDefinitions.DefaultsFor(role, PermissionSide.Tenant);
        granted.ShouldBe(expected.Order(StringComparer.Ordinal));
        if (role == LocalLifeRoles.Waiter) granted.ShouldNotContain(LocalLifePermissions.Staff.Manage);
    }

    [Fact]
    public async Task An_integrator_gets_only_the_permissions_of_its_tenants_side()
    {
        await using var scope = _services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(await TenantIdAsync(scope, "ktv-demo"));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("sub", "some-client"), new Claim(LocalLifeClaimTypes.Permission, LocalLifePermissions.Staff.Default),
             new Claim(LocalLifeClaimTypes.Permission, LocalLifePermissions.Tenants.Create)], "test"));
        var granted = await scope.ServiceProvider.GetRequiredService<IPermissionChecker>().GetGrantedAsync(principal, default);
        granted.ShouldBe([LocalLifePermissions.Staff.Default]);
    }

    [Fact]
    public async Task A_user_of_another_tenant_gets_nothing_even_with_a_valid_id()
    {
        await using var scope = _services.CreateAsyncScope();
        var tea = await TenantIdAsync(scope, "teahouse-demo");
        var ktvOwner = await UserIdAsync(scope, "ktv-demo", "owner");
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tea);
        var granted = await scope.ServiceProvider.GetRequiredService<IPermissionChecker>().GetGrantedAsync(Staff(ktvOwner), default);
        granted.ShouldBeEmpty();
    }

    [Fact]
    public async Task Seeding_static_roles_again_keeps_what_the_owner_revoked()
    {
        await using var scope = _services.CreateAsyncScope();
        var cafe = await TenantIdAsync(scope, "cafe-demo");
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(cafe);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<AppRole>>();
        var manager = (await roles.FindByNameAsync(LocalLifeRoles.Manager))!;
        await scope.ServiceProvider.GetRequiredService<IPermissionStore>().SetRolePermissionsAsync(manager, [LocalLifePermissions.Staff.Default], default);

        await scope.ServiceProvider.GetRequiredService<StaticRoleSeeder>().EnsureAsync(default);

        var granted = await scope.ServiceProvider.GetRequiredService<IPermissionStore>().GetRolePermissionsAsync([manager.Id], default);
        granted[manager.Id].ShouldBe([LocalLifePermissions.Staff.Default]);
    }

    private async Task<IReadOnlyList<string>> GrantedAsync(string tenant, string userName)
    {
        await using var scope = _services.CreateAsyncScope();
        var tenantId = await TenantIdAsync(scope, tenant);
        var userId = await UserIdAsync(scope, tenant, userName);
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        return await scope.ServiceProvider.GetRequiredService<IPermissionChecker>().GetGrantedAsync(Staff(userId), default);
    }

    private static ClaimsPrincipal Staff(Guid userId) => new(new ClaimsIdentity(
        [new Claim("sub", userId.ToString()), new Claim(LocalLifeClaimTypes.UserKind, nameof(UserKind.Merchant))], "test"));

    private static Task<Guid> TenantIdAsync(AsyncServiceScope scope, string name) =>
        scope.ServiceProvider.GetRequiredService<LocalLifeDbContext>().Tenants.Where(t => t.Name == name).Select(t => t.Id).SingleAsync();

    private static async Task<Guid> UserIdAsync(AsyncServiceScope scope, string tenant, string userName)
    {
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(await TenantIdAsync(scope, tenant));
        return (await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(userName))!.Id;
    }
}
