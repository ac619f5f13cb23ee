using System.Net;
using System.Text.Json;

namespace LocalLife.Errors;

[Collection(ApiCollection.Name)]
public sealed class HostBasicsTests(ApiFixture api)
{
    [Fact]
    public async Task Health_endpoints_report_live_and_ready_with_the_database()
    {
        var client = api.CreateClient();
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var ready = await client.GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ready.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task OpenApi_document_describes_every_route_group_and_scalar_serves_it()
    {
        var client = api.CreateClient();
        var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json")).RootElement;
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        paths.ShouldContain("/api/host/tenants");
        paths.ShouldContain("/api/admin/staff/{id}");
        paths.ShouldContain("/api/admin/roles/{id}/permissions");
        paths.ShouldNotContain(p => p.StartsWith("/connect"));
        (await client.GetAsync("/scalar/v1")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Problem_text_follows_accept_language_and_defaults_to_chinese()
    {
        var zh = await api.CreateClient().GetAsync("/api/admin/staff");
        (await zh.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, LocalLifeErrorCodes.Unauthorized)).GetProperty("title").GetString().ShouldBe("请先登录。");
        var en = await api.CreateClient("en-US").GetAsync("/api/admin/staff");
        (await en.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, LocalLifeErrorCodes.Unauthorized)).GetProperty("title").GetString().ShouldBe("Please sign in first.");
    }

    [Fact]
    public async Task A_forged_token_is_unauthorized()
    {
        var token = await api.GetTokenAsync(ApiFixture.KtvTenant, "owner");
        var parts = token.AccessToken.Split('.');
        var payload = JsonDocument.Parse(Base64UrlDecode(parts[1])).RootElement.GetRawText()
            .Replace(ApiFixture.KtvTenant, ApiFixture.TeaTenant);
        var forged = $"{parts[0]}.{Base64UrlEncode(payload)}.{parts[2]}";
        var response = await ApiFixture.WithBearer(api.CreateClient(), forged).GetAsync("/api/admin/staff");
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized, LocalLifeErrorCodes.Unauthorized);
    }

    [Fact]
    public async Task Platform_users_cannot_call_merchant_endpoints()
    {
        var admin = await api.LoginAsync(null, "admin");
        await (await admin.GetAsync("/api/admin/staff")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLifeErrorCodes.Forbidden);
    }

    private static string Base64UrlDecode(string s)
    {
        s = s.Replace('-', '+').Replace('_', '/');
        return System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '=')));
    }

    private static string Base64UrlEncode(string s) => Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(s)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
