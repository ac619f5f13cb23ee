using System.Text.Json;
using System.Text.Json.Nodes;
using LocalLife.Bookings;
using LocalLife.Ordering;

namespace LocalLife.Inputs;

/// <summary>
/// What the sweeps share: the API's operations, a signed-in caller for each route group (KTV owner, platform admin, a
/// customer), and real ids for the fields that name one, so a request gets past "not found" to the code under test.
/// </summary>
public sealed class SweepDriver
{
    // Plain guesses the API refuses; everything else is sampled from the schema.
    private static readonly Dictionary<string, JsonNode> Fixed = new() { ["basis"] = "TotalSpend", ["partySize"] = 4 };

    private readonly WeChatApiFixture _api;
    private readonly OrderingDriver _ordering;
    private readonly Dictionary<string, HttpClient> _callers = [];
    private readonly Dictionary<string, string> _ids = [];

    private SweepDriver(WeChatApiFixture api, OpenApiOperations operations)
    {
        _api = api;
        _ordering = new OrderingDriver(api);
        Api = operations;
        var tomorrowEvening = BookingDriver.TomorrowAt(20);
        Requests = new SampleRequests(operations,
            new SampleValues(IdAsync, FixtureId, Fixed, tomorrowEvening, DateOnly.FromDateTime(tomorrowEvening.UtcDateTime)));
    }

    public OpenApiOperations Api { get; }

    public SampleRequests Requests { get; }

    public static async Task<SweepDriver> StartAsync(WeChatApiFixture api)
    {
        var sweep = new SweepDriver(api, await OpenApiOperations.LoadAsync(api.CreateClient()));
        var (customer, customerId) = await sweep._ordering.Payments.CustomerAsync("sim-sweep-" + Guid.NewGuid().ToString("N")[..8]);
        sweep._callers["/api/app/"] = customer;
        sweep._callers["/api/host/"] = await api.LoginAsync(null, "admin");
        sweep._callers["/api/"] = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var store = await sweep._ordering.Bookings.StoreAsync(ApiFixture.KtvTenant);
        sweep._ids["storeId"] = sweep._ids["stores"] = store.Id.ToString();
        sweep._ids["categoryId"] = (await sweep._ordering.NewCategoryAsync(ApiFixture.KtvTenant)).Id.ToString();
        sweep._ids["customerId"] = customerId.ToString();
        sweep._ids["tenantId"] = sweep._ids["tenants"] = (await sweep._ordering.Payments.TenantIdAsync(ApiFixture.KtvTenant)).ToString();
        return sweep;
    }

    public HttpClient CallerOf(ApiOperation operation) => _callers.First(c => operation.Path.StartsWith(c.Key, StringComparison.Ordinal)).Value;

    public async Task<HttpResponseMessage> SendAsync(ApiOperation operation, Func<ApiField, JsonNode?> underTest, string? omit = null) =>
        await CallerOf(operation).SendAsync(await Requests.BuildAsync(operation, underTest, omit));

    private string? FixtureId(string name) => _ids.GetValueOrDefault(char.ToLowerInvariant(name[0]) + name[1..]);

    /// <summary>
    /// A real id for a path, query or body field: the fixture's store, category, customer and tenant; a new space each
    /// time (a booking takes it); for <c>{id}</c> of a collection that can be posted to, a new item made by that POST.
    /// </summary>
    private async Task<string> IdAsync(ApiOperation operation, string name)
    {
        var segments = operation.Path.Split('/');
        var key = name == "id" ? segments[Array.IndexOf(segments, "{id}") - 1] : name;
        if (key is "spaceId" or "spaces") return (await _ordering.Bookings.NewSpaceAsync(ApiFixture.KtvTenant)).Id.ToString();
        if (_ids.TryGetValue(key, out var id)) return id;
        if (name != "id") return Guid.NewGuid().ToString();
        var collection = operation.Path[..operation.Path.IndexOf("/{id}", StringComparison.Ordinal)];
        var create = Api.All.FirstOrDefault(o => o.Method == HttpMethod.Post && o.Path == collection);
        if (create is null) return Guid.NewGuid().ToString();
        // A collection the plain sample cannot post to leaves the id unknown: the request then meets "not found".
        var response = await SendAsync(create, _ => null);
        return response.IsSuccessStatusCode && JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.TryGetProperty("id", out var made)
            ? made.GetString()!
            : Guid.NewGuid().ToString();
    }
}
