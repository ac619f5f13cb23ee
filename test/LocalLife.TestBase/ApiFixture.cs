using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LocalLife.Identity;
using Xunit;

namespace LocalLife.Testing;

/// <summary>One seeded database and one running host per test collection, with helpers to sign in as the demo accounts.</summary>
public class ApiFixture : IAsyncLifetime
{
    public const string KtvTenant = "ktv-demo";
    public const string TeaTenant = "teahouse-demo";
    public const string CafeTenant = "cafe-demo";
    public const string Password = TestDatabase.Password;

    public TestDatabase Database { get; } = new();
    public LocalLifeApiFactory Factory { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        Factory = CreateFactory();
    }

    protected virtual LocalLifeApiFactory CreateFactory() => new(Database);

    /// <summary>The in-memory test server's address; a fixture on Kestrel answers its real one.</summary>
    protected virtual Uri ClientBaseAddress => new("http://localhost");

    public virtual async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    public HttpClient CreateClient(string? language = null)
    {
        var client = Factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = ClientBaseAddress });
        if (language is not null) client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    /// <summary>Password grant through the real token endpoint.</summary>
    public async Task<HttpResponseMessage> RequestPasswordTokenAsync(string? tenant, string userName, string password, string scope = "profile roles offline_access locallife.api")
    {
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "password",
            ["client_id"] = LocalLifeClients.Console,
            ["username"] = userName,
            ["password"] = password,
            ["scope"] = scope,
        };
        if (tenant is not null) form["tenant"] = tenant;
        return await CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(form));
    }

    public async Task<TokenResponse> GetTokenAsync(string? tenant, string userName, string password = Password)
    {
        var response = await RequestPasswordTokenAsync(tenant, userName, password);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"Token request failed: {response.StatusCode} {body}");
        return JsonSerializer.Deserialize<TokenResponse>(body, Json)!;
    }

    /// <summary>A client signed in as a demo account (tenant null = platform account).</summary>
    public async Task<HttpClient> LoginAsync(string? tenant, string userName, string password = Password, string? language = null)
    {
        var token = await GetTokenAsync(tenant, userName, password);
        return WithBearer(CreateClient(language), token.AccessToken);
    }

    public static HttpClient WithBearer(HttpClient client, string accessToken)
    {
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };
}

public sealed record TokenResponse(
    [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("refresh_token")] string? RefreshToken,
    [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn);

public static class HttpAssertions
{
    /// <summary>Reads a problem-details body and checks its status and stable code.</summary>
    public static async Task<JsonElement> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", body);
        var json = JsonDocument.Parse(body).RootElement;
        json.GetProperty("code").GetString().ShouldBe(code, body);
        json.GetProperty("messages").GetProperty("zh-Hans").GetString().ShouldNotBeNullOrWhiteSpace();
        json.GetProperty("messages").GetProperty("en").GetString().ShouldNotBeNullOrWhiteSpace();
        return json;
    }

    public static async Task<T> ReadAsAsync<T>(this HttpResponseMessage response, HttpStatusCode status = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        return JsonSerializer.Deserialize<T>(body, ApiFixture.Json)!;
    }

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PostAsJsonAsync(url, body, ApiFixture.Json);

    public static Task<HttpResponseMessage> PutJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PutAsJsonAsync(url, body, ApiFixture.Json);
}
