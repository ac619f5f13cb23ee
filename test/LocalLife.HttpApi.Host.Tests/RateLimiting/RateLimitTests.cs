using System.Net;
using System.Net.Http.Headers;
using LocalLife.Identity;
using LocalLife.Testing;

namespace LocalLife.RateLimiting;

/// <summary>
/// The abuse limits, on a host of their own with small limits (the shared test host runs without them): over a limit
/// answers 429 problem details with Retry-After and reaches no use case; limits count per signed-in user, and per
/// address before sign-in.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RateLimitTests(ApiFixture api)
{
    private LocalLifeApiFactory Host(int login = 100, int upload = 100) => new(api.Database, new Dictionary<string, string?>
    {
        ["RateLimits:Enabled"] = "true",
        ["RateLimits:Limits:Login:PermitLimit"] = login.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:Limits:Login:Window"] = "00:10:00",
        ["RateLimits:Limits:Upload:PermitLimit"] = upload.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["RateLimits:Limits:Upload:Window"] = "00:10:00",
    });

    [Fact]
    public async Task Sign_in_attempts_beyond_the_limit_are_refused_with_429_whether_the_password_was_right_or_not()
    {
        await using var host = Host(login: 3);
        var client = host.CreateClient();

        (await TokenAsync(client, "manager", "wrong")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TokenAsync(client, "manager", "wrong")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await TokenAsync(client, "manager", ApiFixture.Password)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var refused = await TokenAsync(client, "manager", ApiFixture.Password);
        var problem = await refused.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "LocalLife:TooManyRequests");
        refused.Headers.RetryAfter.ShouldNotBeNull();
        var seconds = (int)refused.Headers.RetryAfter!.Delta!.Value.TotalSeconds;
        seconds.ShouldBeInRange(1, 600);
        problem.GetProperty("messages").GetProperty("en").GetString().ShouldBe($"Too many requests; please try again in {seconds} seconds.");
        problem.GetProperty("messages").GetProperty("zh-Hans").GetString().ShouldBe($"操作太频繁，请 {seconds} 秒后再试。");
        // Other actions are not limited by it.
        (await client.GetAsync("/health/live")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Uploads_are_counted_per_signed_in_user_and_a_refused_one_reaches_no_use_case()
    {
        await using var host = Host(upload: 2);
        var manager = await SignedInAsync(host, "manager");
        var owner = await SignedInAsync(host, "owner");

        // An upload without a file is refused by the use case (400): it still counts.
        for (var i = 0; i < 2; i++)
            await (await UploadAsync(manager)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "LocalLife:Validation");
        await (await UploadAsync(manager)).ShouldBeProblemAsync(HttpStatusCode.TooManyRequests, "LocalLife:TooManyRequests");

        // Another person of the same merchant, on the same address, has a limit of their own.
        await (await UploadAsync(owner)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, "LocalLife:Validation");
    }

    private static Task<HttpResponseMessage> UploadAsync(HttpClient staff) =>
        staff.PostAsync("/api/admin/media/images", new MultipartFormDataContent());

    private static async Task<HttpClient> SignedInAsync(LocalLifeApiFactory host, string userName)
    {
        var client = host.CreateClient();
        var token = await (await TokenAsync(client, userName, ApiFixture.Password)).ReadAsAsync<TokenResponse>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        return client;
    }

    private static Task<HttpResponseMessage> TokenAsync(HttpClient client, string userName, string password) =>
        client.PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = LocalLifeClients.Console,
            ["username"] = userName,
            ["password"] = password,
            ["scope"] = "profile roles offline_access locallife.api",
            ["tenant"] = ApiFixture.KtvTenant,
        }));
}
