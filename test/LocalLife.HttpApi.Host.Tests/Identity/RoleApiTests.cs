using System.Net;
using LocalLife.Errors;
using LocalLife.Permissions;

namespace LocalLife.Identity;

[Collection(ApiCollection.Name)]
public sealed class RoleApiTests(ApiFixture api)
{
    [Fact]
    public async Task A_granted_permission_takes_effect_on_the_next_request_without_a_new_token()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var roleName = "r-" + Guid.NewGuid().ToString("N")[..8];
        var role = await (await owner.PostJsonAsync("/api/admin/roles", new CreateRoleDto { Name = roleName })).ReadAsAsync<RoleDto>(HttpStatusCode.Created);
        var user = new CreateStaffDto { UserName = "u-" + roleName, DisplayName = "收银", Password = "Cashier123", Roles = [roleName] };
        await owner.PostJsonAsync("/api/admin/staff", user);
        var staffClient = await api.LoginAsync(ApiFixture.KtvTenant, user.UserName, user.Password);
        (await staffClient.GetAsync("/api/admin/staff")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        var updated = await (await owner.PutJsonAsync($"/api/admin/roles/{role.Id}/permissions",
            new UpdateRolePermissionsDto { Permissions = [LocalLifePermissions.Staff.Default] })).ReadAsAsync<RoleDto>();
        updated.Permissions.ShouldBe([LocalLifePermissions.Staff.Default]);
        (await staffClient.GetAsync("/api/admin/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await owner.PutJsonAsync($"/api/admin/roles/{role.Id}/permissions", new UpdateRolePermissionsDto { Permissions = [] });
        (await staffClient.GetAsync("/api/admin/staff")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_tenant_role_cannot_be_given_a_platform_permission_or_an_unknown_one()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var roles = await (await owner.GetAsync("/api/admin/roles")).ReadAsAsync<List<RoleDto>>();
        var waiter = roles.Single(r => r.Name == LocalLifeRoles.Waiter);
        foreach (var permission in new[] { LocalLifePermissions.Tenants.Create, "LocalLife.Nothing" })
        {
            var response = await owner.PutJsonAsync($"/api/admin/roles/{waiter.Id}/permissions", new UpdateRolePermissionsDto { Permissions = [permission] });
            await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, IdentityErrorCodes.UnknownPermission);
        }
        (await (await owner.GetAsync($"/api/admin/roles/{waiter.Id}")).ReadAsAsync<RoleDto>()).Permissions.ShouldBe(waiter.Permissions);
    }

    [Fact]
    public async Task The_owner_role_always_holds_every_tenant_permission_and_static_roles_stay()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var roles = await (await owner.GetAsync("/api/admin/roles")).ReadAsAsync<List<RoleDto>>();
        var ownerRole = roles.Single(r => r.Name == LocalLifeRoles.Owner);
        ownerRole.Permissions.ShouldBe(PermissionDefinitions.For(PermissionSide.Tenant).Select(p => p.Name), ignoreOrder: true);

        await (await owner.PutJsonAsync($"/api/admin/roles/{ownerRole.Id}/permissions", new UpdateRolePermissionsDto { Permissions = [] }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, IdentityErrorCodes.SuperRoleIsFixed);
        await (await owner.DeleteAsync($"/api/admin/roles/{roles.Single(r => r.Name == LocalLifeRoles.Waiter).Id}"))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, IdentityErrorCodes.StaticRoleCannotBeDeleted);
    }

    [Fact]
    public async Task Manager_sees_roles_but_only_the_owner_changes_them()
    {
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        var roles = await (await manager.GetAsync("/api/admin/roles")).ReadAsAsync<List<RoleDto>>();
        var permissions = await (await manager.GetAsync("/api/admin/roles/permissions")).ReadAsAsync<List<PermissionDto>>();
        permissions.Select(p => p.Name).ShouldBe(PermissionDefinitions.For(PermissionSide.Tenant).Select(p => p.Name), ignoreOrder: true);
        permissions.ShouldAllBe(p => p.DisplayName != p.Name);
        await (await manager.PostJsonAsync("/api/admin/roles", new CreateRoleDto { Name = "mine" })).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLifeErrorCodes.Forbidden);
        await (await manager.DeleteAsync($"/api/admin/roles/{roles[0].Id}")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLifeErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Every_role_endpoint_answers_not_found_for_another_tenants_role_and_changes_nothing()
    {
        var tea = await api.LoginAsync(ApiFixture.TeaTenant, "owner");
        var custom = await (await tea.PostJsonAsync("/api/admin/roles", new CreateRoleDto { Name = "tea-" + Guid.NewGuid().ToString("N")[..6], Permissions = [LocalLifePermissions.Staff.Default] }))
            .ReadAsAsync<RoleDto>(HttpStatusCode.Created);

        var ktv = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        await (await ktv.GetAsync($"/api/admin/roles/{custom.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        await (await ktv.PutJsonAsync($"/api/admin/roles/{custom.Id}/permissions", new UpdateRolePermissionsDto { Permissions = [] }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        await (await ktv.DeleteAsync($"/api/admin/roles/{custom.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        (await (await ktv.GetAsync("/api/admin/roles")).ReadAsAsync<List<RoleDto>>()).ShouldNotContain(r => r.Id == custom.Id);

        (await (await tea.GetAsync($"/api/admin/roles/{custom.Id}")).ReadAsAsync<RoleDto>()).Permissions.ShouldBe([LocalLifePermissions.Staff.Default]);
    }

    [Fact]
    public async Task Racing_creates_of_one_name_give_one_role_and_conflicts_never_a_server_error()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var name = "race-" + Guid.NewGuid().ToString("N")[..6];
        var responses = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => owner.PostJsonAsync("/api/admin/roles", new CreateRoleDto { Name = name })));
        responses.Count(r => r.StatusCode == HttpStatusCode.Created).ShouldBe(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).ShouldBe(11);
        var roles = await (await owner.GetAsync("/api/admin/roles")).ReadAsAsync<List<RoleDto>>();
        roles.Count(r => r.Name == name).ShouldBe(1);
    }

    [Fact]
    public async Task A_custom_role_can_be_deleted_by_the_owner()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var role = await (await owner.PostJsonAsync("/api/admin/roles", new CreateRoleDto { Name = "temp-" + Guid.NewGuid().ToString("N")[..6] })).ReadAsAsync<RoleDto>(HttpStatusCode.Created);
        (await owner.DeleteAsync($"/api/admin/roles/{role.Id}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await (await owner.GetAsync($"/api/admin/roles/{role.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        await (await owner.PostJsonAsync("/api/admin/roles", new CreateRoleDto { Name = LocalLifeRoles.Waiter }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.DuplicateRoleName);
    }
}
