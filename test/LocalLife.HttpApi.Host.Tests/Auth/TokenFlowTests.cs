using Microsoft.IdentityModel.JsonWebTokens;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using LocalLife.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace LocalLife.Auth;

[Collection(ApiCollection.Name)]
public sealed partial class TokenFlowTests(ApiFixture api)
{
    [Fact]
    public async Task Password_grant_issues_a_token_that_carries_the_tenant_and_roles()
    {
        var token = await api.GetTokenAsync(ApiFixture.KtvTenant, "manager");

        var jwt = new JsonWebToken(token.AccessToken);
        jwt.Claims.Single(c => c.Type == "tenantname").Value.ShouldBe(ApiFixture.KtvTenant);
        jwt.Claims.Single(c => c.Type == "role").Value.ShouldBe(LocalLifeRoles.Manager);
        jwt.Claims.Single(c => c.Type == "user_kind").Value.ShouldBe("Merchant");
        jwt.Claims.ShouldNotContain(c => c.Type == "locallife_security_stamp");
        token.RefreshToken.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Platform_admin_signs_in_without_a_tenant()
    {
        var token = await api.GetTokenAsync(null, "admin");
        var jwt = new JsonWebToken(token.AccessToken);
        jwt.Claims.ShouldNotContain(c => c.Type == "tenantid");
        jwt.Claims.Single(c => c.Type == "user_kind").Value.ShouldBe("Platform");
    }

    [Theory]
    [InlineData(ApiFixture.KtvTenant, "manager", "wrong-password1")]
    [InlineData(ApiFixture.TeaTenant, "nobody", ApiFixture.Password)]
    [InlineData("no-such-tenant", "manager", ApiFixture.Password)]
    [InlineData(null, "manager", ApiFixture.Password)] // staff exist only inside their tenant
    public async Task Wrong_credentials_are_refused_with_invalid_grant(string? tenant, string user, string password)
    {
        var response = await api.RequestPasswordTokenAsync(tenant, user, password);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("invalid_grant");
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_for_the_right_one()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var staff = new CreateStaffDto { UserName = "lock-" + Guid.NewGuid().ToString("N")[..6], DisplayName = "锁定", Password = "Right1234", Roles = [LocalLifeRoles.Waiter] };
        (await owner.PostJsonAsync("/api/admin/staff", staff)).StatusCode.ShouldBe(HttpStatusCode.Created);
        for (var i = 0; i < 5; i++)
            (await api.RequestPasswordTokenAsync(ApiFixture.KtvTenant, staff.UserName, "Wrong1234")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await api.RequestPasswordTokenAsync(ApiFixture.KtvTenant, staff.UserName, staff.Password)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Refresh_token_grant_returns_a_new_access_token()
    {
        var first = await api.GetTokenAsync(ApiFixture.KtvTenant, "frontdesk");
        var response = await api.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = LocalLifeClients.Console, ["refresh_token"] = first.RefreshToken!,
        }));
        var refreshed = await response.ReadAsAsync<TokenResponse>();
        refreshed.AccessToken.ShouldNotBe(first.AccessToken);
        var me = await ApiFixture.WithBearer(api.CreateClient(), refreshed.AccessToken).GetAsync("/api/account/me");
        (await me.ReadAsAsync<CurrentUserDto>()).UserName.ShouldBe("frontdesk");
    }

    [Fact]
    public async Task Client_credentials_token_works_for_its_own_tenant_within_its_granted_permissions()
    {
        var response = await api.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = LocalLifeClients.DemoIntegrator,
            ["client_secret"] = LocalLifeClients.DemoIntegratorSecret, ["scope"] = LocalLifeScopes.Api,
        }));
        var token = await response.ReadAsAsync<TokenResponse>();
        var client = ApiFixture.WithBearer(api.CreateClient(), token.AccessToken);

        var staff = await (await client.GetAsync("/api/admin/staff")).ReadAsAsync<LocalLife.Common.PagedResultDto<StaffDto>>();
        staff.Items.ShouldContain(s => s.UserName == "owner");
        staff.Items.Count.ShouldBe(5); // the KTV tenant's five accounts, none of the other tenants'

        var create = await client.PostJsonAsync("/api/admin/staff", new CreateStaffDto { UserName = "bot", DisplayName = "bot", Password = "Secret123" });
        await create.ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLife.Errors.LocalLifeErrorCodes.Forbidden);
        (await client.GetAsync("/api/host/tenants")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Client_credentials_with_a_wrong_secret_is_refused()
    {
        var response = await api.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = LocalLifeClients.DemoIntegrator, ["client_secret"] = "nope",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await response.Content.ReadAsStringAsync()).ShouldContain("invalid_client");
    }

    [Fact]
    public async Task Authorization_code_flow_with_pkce_signs_in_through_the_login_page()
    {
        var client = api.CreateClient();
        var verifier = Base64Url(RandomNumberGenerator.GetBytes(32));
        var challenge = Base64Url(SHA256.HashData(Encoding.ASCII.GetBytes(verifier)));
        const string redirect = "http://localhost:4200/";
        var authorize = QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = LocalLifeClients.Admin, ["response_type"] = "code", ["redirect_uri"] = redirect,
            ["scope"] = "openid profile roles offline_access locallife.api", ["state"] = "s1",
            ["code_challenge"] = challenge, ["code_challenge_method"] = "S256",
        });

        var toLogin = await client.GetAsync(authorize);
        toLogin.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        toLogin.Headers.Location!.ToString().ShouldContain("/account/login");

        var page = await (await client.GetAsync(toLogin.Headers.Location)).Content.ReadAsStringAsync();
        var antiforgery = AntiforgeryField().Match(page).Groups[1].Value;
        var returnUrl = WebUtility.HtmlDecode(ReturnUrlField().Match(page).Groups[1].Value);
        var login = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = antiforgery, ["ReturnUrl"] = returnUrl,
            ["Tenant"] = ApiFixture.KtvTenant, ["UserName"] = "owner", ["Password"] = ApiFixture.Password,
        }));
        login.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var toApp = await client.GetAsync(login.Headers.Location);
        toApp.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var callback = toApp.Headers.Location!;
        callback.ToString().ShouldStartWith(redirect);
        var query = QueryHelpers.ParseQuery(callback.Query);
        query["state"].ToString().ShouldBe("s1");

        var exchange = await client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "authorization_code", ["client_id"] = LocalLifeClients.Admin, ["code"] = query["code"].ToString(),
            ["redirect_uri"] = redirect, ["code_verifier"] = verifier,
        }));
        var token = await exchange.ReadAsAsync<TokenResponse>();
        var me = await (await ApiFixture.WithBearer(api.CreateClient(), token.AccessToken).GetAsync("/api/account/me")).ReadAsAsync<CurrentUserDto>();
        me.UserName.ShouldBe("owner");
        me.TenantName.ShouldBe(ApiFixture.KtvTenant);
    }

    [Fact]
    public async Task Authorization_code_without_pkce_is_refused()
    {
        var response = await api.CreateClient().GetAsync(QueryHelpers.AddQueryString("/connect/authorize", new Dictionary<string, string?>
        {
            ["client_id"] = LocalLifeClients.Admin, ["response_type"] = "code", ["redirect_uri"] = "http://localhost:4200/", ["scope"] = "openid",
        }));
        response.StatusCode.ShouldNotBe(HttpStatusCode.Redirect);
        (await response.Content.ReadAsStringAsync()).ShouldContain("code_challenge");
    }

    [Fact]
    public async Task Login_page_refuses_wrong_password_and_stays_on_the_page()
    {
        var client = api.CreateClient("en");
        var page = await (await client.GetAsync("/account/login")).Content.ReadAsStringAsync();
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryField().Match(page).Groups[1].Value,
            ["Tenant"] = ApiFixture.KtvTenant, ["UserName"] = "owner", ["Password"] = "Wrong12345",
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync()).ShouldContain("Wrong merchant, user name or password");
    }

    [Fact]
    public async Task Tokens_are_signed_with_a_key_that_survives_a_restart()
    {
        var token = await api.GetTokenAsync(ApiFixture.KtvTenant, "kitchen");
        await using var restarted = new LocalLifeApiFactoryWithKeys(api.Database, api.Factory.KeysPath);
        var client = ApiFixture.WithBearer(restarted.CreateClient(), token.AccessToken);
        (await client.GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("name=\"ReturnUrl\" value=\"([^\"]*)\"")]
    private static partial Regex ReturnUrlField();

    /// <summary>A second host process sharing the first one's key folder, as a restart or a second node would.</summary>
    private sealed class LocalLifeApiFactoryWithKeys(TestDatabase database, string keysPath) : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            builder.UseSetting("ConnectionStrings:Default", database.AppConnectionString);
            builder.UseSetting("ConnectionStrings:CrossTenant", database.ReaderConnectionString);
            builder.UseSetting("Auth:KeysPath", keysPath);
        }
    }
}
