using System.Net;
using LocalLife.Common;
using LocalLife.Errors;
using LocalLife.Identity;

namespace LocalLife.Tenancy;

[Collection(ApiCollection.Name)]
public sealed class TenantApiTests(ApiFixture api)
{
    private static CreateTenantDto NewTenant(string? name = null) => new()
    {
        Name = name ?? "t-" + Guid.NewGuid().ToString("N")[..10],
        DisplayName = "测试茶楼",
        ContactName = "张三",
        ContactPhone = "13900000000",
        ContactEmail = "zhang@example.com",
        EnabledCategories = ["teahouse", "cafe"],
        AdminUserName = "boss",
        AdminPassword = "Boss12345",
    };

    [Fact]
    public async Task Platform_admin_creates_a_tenant_whose_owner_can_sign_in_and_manage_staff()
    {
        var admin = await api.LoginAsync(null, "admin");
        var input = NewTenant();

        var response = await admin.PostJsonAsync("/api/host/tenants", input);
        var tenant = await response.ReadAsAsync<TenantDto>(HttpStatusCode.Created);
        response.Headers.Location!.ToString().ShouldEndWith($"/api/host/tenants/{tenant.Id}");
        tenant.Status.ShouldBe(TenantStatus.Active);
        tenant.EnabledCategories.ShouldBe(["cafe", "teahouse"]);

        var owner = await api.LoginAsync(input.Name, "boss", "Boss12345");
        var me = await (await owner.GetAsync("/api/account/me")).ReadAsAsync<CurrentUserDto>();
        me.TenantId.ShouldBe(tenant.Id);
        me.Roles.ShouldBe([LocalLifeRoles.Owner]);
        me.Permissions.ShouldContain(Permissions.LocalLifePermissions.Staff.Manage);
        var roles = await (await owner.GetAsync("/api/admin/roles")).ReadAsAsync<List<RoleDto>>();
        roles.Select(r => r.Name).ShouldBe(LocalLifeRoles.Tenant, ignoreOrder: true);
    }

    [Fact]
    public async Task Operator_lists_and_filters_tenants_but_cannot_create_one()
    {
        var operatorClient = await api.LoginAsync(null, "operator");
        var page = await (await operatorClient.GetAsync("/api/host/tenants?filter=demo&take=2")).ReadAsAsync<PagedResultDto<TenantDto>>();
        page.TotalCount.ShouldBe(3);
        page.Items.Count.ShouldBe(2);

        var create = await operatorClient.PostJsonAsync("/api/host/tenants", NewTenant());
        await create.ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLifeErrorCodes.Forbidden);
    }

    [Fact]
    public async Task Merchant_staff_and_anonymous_callers_cannot_reach_host_endpoints()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        await (await owner.GetAsync("/api/host/tenants")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLifeErrorCodes.Forbidden);
        var anonymous = await api.CreateClient().GetAsync("/api/host/tenants");
        await anonymous.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, LocalLifeErrorCodes.Unauthorized);
        anonymous.Headers.WwwAuthenticate.ToString().ShouldContain("Bearer");
    }

    [Fact]
    public async Task A_duplicate_name_is_a_conflict_and_creates_nothing()
    {
        var admin = await api.LoginAsync(null, "admin");
        var response = await admin.PostJsonAsync("/api/host/tenants", NewTenant(ApiFixture.KtvTenant));
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict, TenantErrorCodes.DuplicateName);
        problem.GetProperty("messages").GetProperty("zh-Hans").GetString()!.ShouldContain(ApiFixture.KtvTenant);
        var page = await (await admin.GetAsync("/api/host/tenants?filter=ktv-demo")).ReadAsAsync<PagedResultDto<TenantDto>>();
        page.TotalCount.ShouldBe(1);
    }

    [Theory]
    [InlineData("karaoke", TenantErrorCodes.UnknownCategory)]
    [InlineData("beauty", TenantErrorCodes.CategoryNotAvailable)]
    public async Task Unknown_or_closed_categories_are_refused_and_nothing_is_created(string category, string code)
    {
        var admin = await api.LoginAsync(null, "admin");
        var input = NewTenant() with { EnabledCategories = [category] };
        await (await admin.PostJsonAsync("/api/host/tenants", input)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, code);
        var page = await (await admin.GetAsync($"/api/host/tenants?filter={input.Name}")).ReadAsAsync<PagedResultDto<TenantDto>>();
        page.TotalCount.ShouldBe(0);
        (await api.RequestPasswordTokenAsync(input.Name, "boss", "Boss12345")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_weak_owner_password_rolls_the_whole_tenant_back()
    {
        var admin = await api.LoginAsync(null, "admin");
        var input = NewTenant() with { AdminPassword = "onlyletters" };
        await (await admin.PostJsonAsync("/api/host/tenants", input)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, IdentityErrorCodes.WeakPassword);
        var page = await (await admin.GetAsync($"/api/host/tenants?filter={input.Name}")).ReadAsAsync<PagedResultDto<TenantDto>>();
        page.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task Invalid_input_lists_the_fields_in_the_callers_language()
    {
        var admin = await api.LoginAsync(null, "admin", language: "en");
        var response = await admin.PostJsonAsync("/api/host/tenants", NewTenant("Bad Name!") with { DisplayName = "", AdminPassword = "" });
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("name", out _).ShouldBeTrue();
        errors.TryGetProperty("displayName", out _).ShouldBeTrue();
        errors.TryGetProperty("adminPassword", out _).ShouldBeTrue();
        problem.GetProperty("title").GetString().ShouldBe("Some fields are invalid; please check them.");

        var zh = await api.LoginAsync(null, "admin", language: "zh-CN");
        var zhProblem = await (await zh.PostJsonAsync("/api/host/tenants", NewTenant() with { DisplayName = "" }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
        zhProblem.GetProperty("title").GetString().ShouldBe("提交的数据有误，请检查标出的字段。");
    }

    [Fact]
    public async Task Paging_out_of_range_is_a_validation_error()
    {
        var admin = await api.LoginAsync(null, "admin");
        await (await admin.GetAsync("/api/host/tenants?take=1000")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
        await (await admin.GetAsync("/api/host/tenants?status=Nope")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
    }

    [Fact]
    public async Task Update_with_a_stale_concurrency_stamp_is_a_conflict()
    {
        var admin = await api.LoginAsync(null, "admin");
        var tenant = await (await admin.PostJsonAsync("/api/host/tenants", NewTenant())).ReadAsAsync<TenantDto>(HttpStatusCode.Created);
        var update = new UpdateTenantDto { DisplayName = "新名字", EnabledCategories = ["ktv"], ConcurrencyStamp = tenant.ConcurrencyStamp };

        var updated = await (await admin.PutJsonAsync($"/api/host/tenants/{tenant.Id}", update)).ReadAsAsync<TenantDto>();
        updated.DisplayName.ShouldBe("新名字");
        updated.EnabledCategories.ShouldBe(["ktv"]);
        updated.ConcurrencyStamp.ShouldNotBe(tenant.ConcurrencyStamp);

        var stale = await admin.PutJsonAsync($"/api/host/tenants/{tenant.Id}", update with { DisplayName = "又一个名字" });
        await stale.ShouldBeProblemAsync(HttpStatusCode.Conflict, LocalLifeErrorCodes.ConcurrencyConflict);
        (await (await admin.GetAsync($"/api/host/tenants/{tenant.Id}")).ReadAsAsync<TenantDto>()).DisplayName.ShouldBe("新名字");
    }

    [Fact]
    public async Task Unknown_tenant_id_is_not_found()
    {
        var admin = await api.LoginAsync(null, "admin");
        await (await admin.GetAsync($"/api/host/tenants/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        await (await admin.PostAsync($"/api/host/tenants/{Guid.NewGuid()}/deactivate", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
    }

    [Fact]
    public async Task Deactivating_a_tenant_locks_its_staff_out_at_once_and_activating_lets_them_back()
    {
        var admin = await api.LoginAsync(null, "admin");
        var input = NewTenant();
        var tenant = await (await admin.PostJsonAsync("/api/host/tenants", input)).ReadAsAsync<TenantDto>(HttpStatusCode.Created);
        var owner = await api.LoginAsync(input.Name, "boss", "Boss12345");
        (await owner.GetAsync("/api/admin/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await (await admin.PostAsync($"/api/host/tenants/{tenant.Id}/deactivate", null)).ReadAsAsync<TenantDto>()).Status.ShouldBe(TenantStatus.Inactive);
        await (await owner.GetAsync("/api/admin/staff")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, TenantErrorCodes.Inactive);
        (await api.RequestPasswordTokenAsync(input.Name, "boss", "Boss12345")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await (await admin.PostAsync($"/api/host/tenants/{tenant.Id}/deactivate", null)).ShouldBeProblemAsync(HttpStatusCode.Conflict, TenantErrorCodes.AlreadyInactive);

        (await (await admin.PostAsync($"/api/host/tenants/{tenant.Id}/activate", null)).ReadAsAsync<TenantDto>()).Status.ShouldBe(TenantStatus.Active);
        (await owner.GetAsync("/api/admin/staff")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Categories_list_shows_open_and_closed_ones_in_order()
    {
        var admin = await api.LoginAsync(null, "admin", language: "en");
        var categories = await (await admin.GetAsync("/api/host/categories")).ReadAsAsync<List<Catalog.CategoryDto>>();
        // Other tests may add categories of their own (sorted after these); the seeded six come first.
        categories.Take(6).Select(c => c.Code).ShouldBe(["ktv", "teahouse", "cafe", "beauty", "nails", "dining"]);
        categories.Take(6).Where(c => c.IsEnabled).Select(c => c.Code).ShouldBe(["ktv", "teahouse", "cafe"]);
        categories.Single(c => c.Code == "teahouse").Name.ShouldBe("Tea house");
    }
}
