using System.Net;
using System.Text.Json;
using LocalLife.Payments;
using Microsoft.IdentityModel.JsonWebTokens;
using Npgsql;

namespace LocalLife.Identity;

[Collection(WeChatCollection.Name)]
public sealed class CustomerLoginTests(WeChatApiFixture api)
{
    private readonly PaymentDriver _driver = new(api);

    [Fact]
    public async Task The_first_WeChat_login_creates_the_customer_and_the_next_signs_the_same_one_in()
    {
        var first = await (await _driver.RequestWeChatTokenAsync("sim-login-alice")).ReadAsAsync<TokenResponse>();
        var second = await (await _driver.RequestWeChatTokenAsync("sim-login-alice")).ReadAsAsync<TokenResponse>();

        var jwt = new JsonWebToken(first.AccessToken);
        jwt.Claims.Single(c => c.Type == "user_kind").Value.ShouldBe("Customer");
        jwt.Claims.ShouldNotContain(c => c.Type == "tenantid");
        new JsonWebToken(second.AccessToken).Subject.ShouldBe(jwt.Subject);
        first.RefreshToken.ShouldNotBeNullOrEmpty();

        await using var db = new NpgsqlConnection(api.Database.OwnerConnectionString);
        await db.OpenAsync();
        var logins = new NpgsqlCommand($"SELECT login_provider FROM user_logins WHERE user_id = '{jwt.Subject}' ORDER BY 1", db);
        var providers = new List<string>();
        await using (var reader = await logins.ExecuteReaderAsync())
            while (await reader.ReadAsync()) providers.Add(reader.GetString(0));
        providers.ShouldBe(["wechat-miniprogram", "wechat-unionid"]);
        var users = new NpgsqlCommand($"SELECT count(*) FROM users WHERE id = '{jwt.Subject}' AND tenant_id IS NULL AND kind = 'Customer'", db);
        ((long)(await users.ExecuteScalarAsync())!).ShouldBe(1);
    }

    [Fact]
    public async Task A_customer_refreshes_the_token_and_reads_their_account()
    {
        var token = await (await _driver.RequestWeChatTokenAsync("sim-login-bob")).ReadAsAsync<TokenResponse>();
        var response = await api.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token", ["client_id"] = LocalLifeClients.MiniProgram, ["refresh_token"] = token.RefreshToken!,
        }));
        var refreshed = await response.ReadAsAsync<TokenResponse>();

        var me = await (await ApiFixture.WithBearer(api.CreateClient(), refreshed.AccessToken).GetAsync("/api/account/me")).ReadAsAsync<CurrentUserDto>();
        me.Kind.ShouldBe(UserKind.Customer);
        me.TenantId.ShouldBeNull();
    }

    [Theory]
    [InlineData("invalid")]
    [InlineData("never-issued")]
    public async Task An_invalid_code_is_refused_with_invalid_grant_and_says_what_to_do(string code)
    {
        var response = await _driver.RequestWeChatTokenAsync(code);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        body.GetProperty("error").GetString().ShouldBe("invalid_grant");
        body.GetProperty("error_description").GetString()!.ShouldContain("wx.login");
    }

    [Fact]
    public async Task The_password_grant_is_not_a_way_in_for_a_customer()
    {
        var (_, customerId) = await _driver.CustomerAsync("sim-login-carol");
        var response = await api.RequestPasswordTokenAsync(null, "wx." + customerId, "whatever1");
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_customer_binds_the_phone_number_of_a_getPhoneNumber_code()
    {
        var (client, customerId) = await _driver.CustomerAsync("sim-login-dave");
        (await (await client.GetAsync("/api/app/account")).ReadAsAsync<CustomerProfileDto>()).PhoneNumber.ShouldBeNull();

        var profile = await (await client.PostJsonAsync("/api/app/account/phone", new BindPhoneDto { Code = "sim-phone-13912345678" }))
            .ReadAsAsync<CustomerProfileDto>();

        profile.Id.ShouldBe(customerId);
        profile.PhoneNumber.ShouldBe("13912345678");
        (await (await client.GetAsync("/api/app/account")).ReadAsAsync<CustomerProfileDto>()).ShouldBe(profile); // kept, shown on the next visit
        var refused = await client.PostJsonAsync("/api/app/account/phone", new BindPhoneDto { Code = "invalid" });
        await refused.ShouldBeProblemAsync(HttpStatusCode.BadRequest, IdentityErrorCodes.WeChatCodeInvalid);
    }

    [Fact]
    public async Task Customer_routes_refuse_staff_and_staff_routes_refuse_customers()
    {
        var (customer, _) = await _driver.CustomerAsync("sim-login-erin");
        (await customer.GetAsync("/api/admin/payments")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var staff = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        (await staff.PostJsonAsync("/api/app/account/phone", new BindPhoneDto { Code = "sim-phone-1" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await staff.GetAsync("/api/app/account")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
