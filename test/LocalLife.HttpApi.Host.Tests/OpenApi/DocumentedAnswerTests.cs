using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace LocalLife.OpenApi;

/// <summary>
/// The document says what the API really sends: every read endpoint the demo data can fill is called (operators,
/// a merchant owner, anonymous customers) and its answer, data or problem details, is checked against the schema the
/// document gives for that status and media type.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class DocumentedAnswerTests(ApiFixture api)
{
    [Fact]
    public async Task Answers_of_the_read_endpoints_match_their_documented_schemas()
    {
        var document = JsonDocument.Parse(await api.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;
        var checker = new SchemaChecker(document);
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var admin = await api.LoginAsync(null, "admin");
        var anonymous = api.CreateClient();
        var ids = await DemoIdsAsync(owner, admin);

        var errors = new List<string>();
        var succeeded = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            if (!path.Value.TryGetProperty("get", out var operation) || Fill(path.Name, ids) is not { } url) continue;
            var client = path.Name.StartsWith("/api/host/") ? admin : path.Name.StartsWith("/api/app/") || path.Name.StartsWith("/api/media/") ? anonymous : owner;
            if (operation.TryGetProperty("parameters", out var parameters) &&
                parameters.EnumerateArray().Any(p => p.GetProperty("in").GetString() == "query" && p.GetProperty("name").GetString() == "storeId"))
                url += $"?storeId={ids["storeId"]}";

            using var response = await client.GetAsync(url);
            var status = ((int)response.StatusCode).ToString();
            if (response.IsSuccessStatusCode) succeeded++;
            var responses = operation.GetProperty("responses");
            if (!responses.TryGetProperty(status, out var documented) && !(!response.IsSuccessStatusCode && responses.TryGetProperty("default", out documented)))
            {
                errors.Add($"GET {url}: {status} is not documented");
                continue;
            }
            var mediaType = response.Content.Headers.ContentType?.MediaType;
            var body = await response.Content.ReadAsByteArrayAsync();
            if (!documented.TryGetProperty("content", out var content))
            {
                if (body.Length > 0) errors.Add($"GET {url}: {status} documented without a body, answered {mediaType}");
            }
            else if (mediaType is null || !content.TryGetProperty(mediaType, out var media))
                errors.Add($"GET {url}: {status} answered {mediaType}, documented {string.Join(", ", content.EnumerateObject().Select(c => c.Name))}");
            else if (mediaType.EndsWith("json"))
                errors.AddRange(checker.Check(JsonDocument.Parse(body).RootElement, media.GetProperty("schema"), $"GET {url} {status}"));
        }

        errors.ShouldBeEmpty();
        succeeded.ShouldBeGreaterThan(30);
    }

    /// <summary>A route with only the ids the demo data gives (a store, its first space, a tenant, a station), else null.</summary>
    private static string? Fill(string path, IReadOnlyDictionary<string, string> ids)
    {
        var filled = IdAfterName().Replace(path, m => m.Groups[1].Value switch
        {
            "stores" => $"/stores/{ids["storeId"]}",
            "spaces" => $"/spaces/{ids["spaceId"]}",
            "tenants" => $"/tenants/{ids["tenantId"]}",
            _ => m.Value,
        });
        filled = Parameter().Replace(filled, m => ids.GetValueOrDefault(m.Groups[1].Value, m.Value));
        return filled.Contains('{') ? null : filled;
    }

    private static async Task<Dictionary<string, string>> DemoIdsAsync(HttpClient owner, HttpClient admin)
    {
        var store = (await owner.GetFromJsonAsync<JsonElement>("/api/admin/stores"))[0].GetProperty("id").GetString()!;
        var space = (await owner.GetFromJsonAsync<JsonElement>($"/api/admin/spaces?storeId={store}"))[0].GetProperty("id").GetString()!;
        var tenant = (await admin.GetFromJsonAsync<JsonElement>("/api/host/tenants")).GetProperty("items")[0].GetProperty("id").GetString()!;
        return new() { ["storeId"] = store, ["spaceId"] = space, ["tenantId"] = tenant, ["station"] = "Bar" };
    }

    [GeneratedRegex(@"/(stores|spaces|tenants)/\{id\}")]
    private static partial Regex IdAfterName();

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex Parameter();
}
