using System.Net;
using LocalLife.Common;
using LocalLife.Errors;

namespace LocalLife.Identity;

[Collection(ApiCollection.Name)]
public sealed class StaffApiTests(ApiFixture api)
{
    private static CreateStaffDto NewStaff(params string[] roles) => new()
    {
        UserName = "s-" + Guid.NewGuid().ToString("N")[..8],
        DisplayName = "新员工",
        Password = "Staff1234",
        PhoneNumber = "13700000000",
        Roles = roles,
    };

    [Fact]
    public async Task Owner_creates_a_waiter_who_can_sign_in_but_cannot_manage_staff()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var input = NewStaff(LocalLifeRoles.Waiter);
        var created = await (await owner.PostJsonAsync("/api/admin/staff", input)).ReadAsAsync<StaffDto>(HttpStatusCode.Created);
        created.Roles.ShouldBe([LocalLifeRoles.Waiter]);

        var waiter = await api.LoginAsync(ApiFixture.KtvTenant, input.UserName, input.Password);
        await (await waiter.GetAsync("/api/admin/staff")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLifeErrorCodes.Forbidden);
        var me = await (await waiter.GetAsync("/api/account/me")).ReadAsAsync<CurrentUserDto>();
        me.Permissions.ShouldBe(Permissions.PermissionDefinitions.DefaultsFor(LocalLifeRoles.Waiter, Permissions.PermissionSide.Tenant).Order(StringComparer.Ordinal));
        me.Permissions.ShouldNotContain(Permissions.LocalLifePermissions.Staff.Default);
    }

    [Fact]
    public async Task The_same_user_name_may_exist_in_two_tenants_but_not_twice_in_one()
    {
        var ktv = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var tea = await api.LoginAsync(ApiFixture.TeaTenant, "owner");
        var input = NewStaff(LocalLifeRoles.FrontDesk);
        (await ktv.PostJsonAsync("/api/admin/staff", input)).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await tea.PostJsonAsync("/api/admin/staff", input)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await (await ktv.PostJsonAsync("/api/admin/staff", input)).ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.DuplicateUserName);
    }

    [Fact]
    public async Task Bad_staff_input_is_refused_with_a_stable_code()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        await (await owner.PostJsonAsync("/api/admin/staff", NewStaff(LocalLifeRoles.Waiter) with { Password = "abcdefghij" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, IdentityErrorCodes.WeakPassword);
        await (await owner.PostJsonAsync("/api/admin/staff", NewStaff("dj")))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, IdentityErrorCodes.UnknownRole);
        await (await owner.PostJsonAsync("/api/admin/staff", NewStaff(LocalLifeRoles.Waiter) with { UserName = "", DisplayName = "" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
        var malformed = await owner.PostAsync("/api/admin/staff", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));
        await malformed.ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
    }

    [Fact]
    public async Task Every_staff_endpoint_answers_not_found_for_another_tenants_user_and_changes_nothing()
    {
        var tea = await api.LoginAsync(ApiFixture.TeaTenant, "owner");
        var teaStaff = await (await tea.GetAsync("/api/admin/staff?filter=waiter")).ReadAsAsync<PagedResultDto<StaffDto>>();
        var victim = teaStaff.Items.Single(s => s.UserName == "waiter");

        var ktv = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var id = victim.Id;
        HttpResponseMessage[] attempts =
        [
            await ktv.GetAsync($"/api/admin/staff/{id}"),
            await ktv.PutJsonAsync($"/api/admin/staff/{id}", new UpdateStaffDto { DisplayName = "hacked", Roles = [LocalLifeRoles.Owner], ConcurrencyStamp = victim.ConcurrencyStamp }),
            await ktv.PostAsync($"/api/admin/staff/{id}/deactivate", null),
            await ktv.PostAsync($"/api/admin/staff/{id}/activate", null),
            await ktv.PostJsonAsync($"/api/admin/staff/{id}/reset-password", new ResetPasswordDto { NewPassword = "Hacked1234" }),
        ];
        foreach (var attempt in attempts) await attempt.ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);

        var after = await (await tea.GetAsync($"/api/admin/staff/{id}")).ReadAsAsync<StaffDto>();
        after.ShouldBeEquivalentTo(victim);
        (await api.RequestPasswordTokenAsync(ApiFixture.TeaTenant, "waiter", ApiFixture.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Deactivated_staff_cannot_sign_in_and_their_refresh_token_stops_working()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var input = NewStaff(LocalLifeRoles.Kitchen);
        var staff = await (await owner.PostJsonAsync("/api/admin/staff", input)).ReadAsAsync<StaffDto>(HttpStatusCode.Created);
        var token = await api.GetTokenAsync(ApiFixture.KtvTenant, input.UserName, input.Password);

        (await (await owner.PostAsync($"/api/admin/staff/{staff.Id}/deactivate", null)).ReadAsAsync<StaffDto>()).IsActive.ShouldBeFalse();

        (await api.RequestPasswordTokenAsync(ApiFixture.KtvTenant, input.UserName, input.Password)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var refresh = await api.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = LocalLifeClients.Console, ["refresh_token"] = token.RefreshToken!,
        }));
        refresh.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        await owner.PostAsync($"/api/admin/staff/{staff.Id}/activate", null);
        (await api.RequestPasswordTokenAsync(ApiFixture.KtvTenant, input.UserName, input.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_last_active_owner_cannot_be_deactivated_or_demoted()
    {
        var admin = await api.LoginAsync(null, "admin");
        var tenantName = "t-" + Guid.NewGuid().ToString("N")[..10];
        await admin.PostJsonAsync("/api/host/tenants", new Tenancy.CreateTenantDto
        {
            Name = tenantName, DisplayName = "单店主", EnabledCategories = ["cafe"], AdminUserName = "boss", AdminPassword = "Boss12345",
        });
        var boss = await api.LoginAsync(tenantName, "boss", "Boss12345");
        var manager = await (await boss.PostJsonAsync("/api/admin/staff", NewStaff(LocalLifeRoles.Manager))).ReadAsAsync<StaffDto>(HttpStatusCode.Created);
        var owners = await (await boss.GetAsync("/api/admin/staff?role=owner")).ReadAsAsync<PagedResultDto<StaffDto>>();
        var self = owners.Items.Single();

        await (await boss.PostAsync($"/api/admin/staff/{self.Id}/deactivate", null)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, IdentityErrorCodes.CannotDeactivateSelf);
        var demote = await boss.PutJsonAsync($"/api/admin/staff/{self.Id}", new UpdateStaffDto { DisplayName = "x", Roles = [LocalLifeRoles.Manager], ConcurrencyStamp = self.ConcurrencyStamp });
        await demote.ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.LastOwner);

        var managerClient = await api.LoginAsync(tenantName, manager.UserName, "Staff1234");
        await (await managerClient.PostAsync($"/api/admin/staff/{self.Id}/deactivate", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, IdentityErrorCodes.LastOwner);
    }

    [Fact]
    public async Task Reset_password_replaces_the_old_one()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var input = NewStaff(LocalLifeRoles.Waiter);
        var staff = await (await owner.PostJsonAsync("/api/admin/staff", input)).ReadAsAsync<StaffDto>(HttpStatusCode.Created);
        (await owner.PostJsonAsync($"/api/admin/staff/{staff.Id}/reset-password", new ResetPasswordDto { NewPassword = "Fresh9876" })).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await api.RequestPasswordTokenAsync(ApiFixture.KtvTenant, input.UserName, input.Password)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await api.RequestPasswordTokenAsync(ApiFixture.KtvTenant, input.UserName, "Fresh9876")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await owner.PostJsonAsync($"/api/admin/staff/{staff.Id}/reset-password", new ResetPasswordDto { NewPassword = "nodigitshere" }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, IdentityErrorCodes.WeakPassword);
    }
}
