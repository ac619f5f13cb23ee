using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace LocalLife.Ordering;

/// <summary>No overselling: many buyers racing for the last units of one product; the database decides.</summary>
[Collection(WeChatCollection.Name)]
public sealed class StockRaceTests(WeChatApiFixture api, ITestOutputHelper output)
{
    private readonly OrderingDriver _driver = new(api);

    [Fact]
    public async Task Five_hundred_buyers_race_for_one_hundred_units_and_exactly_one_hundred_are_sold()
    {
        const int buyers = 500, units = 100;
        var product = await _driver.NewProductAsync(ApiFixture.KtvTenant, priceFen: 100, stock: units);
        // 50 customers × 10 spaces = 500 carts, one unit each.
        var spaces = new List<(Guid Id, string Token)>();
        for (var i = 0; i < 10; i++)
        {
            var (space, token) = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
            spaces.Add((space.Id, token));
        }
        var customers = await Task.WhenAll(Enumerable.Range(0, 50).Select(i => _driver.Payments.CustomerAsync($"sim-stock-race-{i}")));
        var carts = customers.SelectMany(c => spaces.Select(s => (Client: c.Client, Space: s))).ToList();
        carts.Count.ShouldBe(buyers);
        foreach (var batch in carts.Chunk(25))
            await Task.WhenAll(batch.Select(async c => (await OrderingDriver.AddAsync(c.Client, c.Space.Id, product.Id)).StatusCode.ShouldBe(HttpStatusCode.OK)));

        var watch = Stopwatch.StartNew();
        using var start = new SemaphoreSlim(0);
        var racing = carts.Select(async c =>
        {
            await start.WaitAsync();
            return await OrderingDriver.PlaceAsync(c.Client, c.Space.Id, c.Space.Token);
        }).ToList();
        start.Release(buyers);
        var responses = await Task.WhenAll(racing);
        output.WriteLine($"{buyers} orders for {units} units answered in {watch.ElapsedMilliseconds} ms");

        var statuses = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine(string.Join(", ", statuses.Select(s => $"{(int)s.Key}: {s.Value}")));
        statuses.GetValueOrDefault(HttpStatusCode.OK).ShouldBe(units);
        statuses.GetValueOrDefault(HttpStatusCode.Conflict).ShouldBe(buyers - units);
        var codes = await Task.WhenAll(responses.Where(r => r.StatusCode == HttpStatusCode.Conflict)
            .Select(async r => System.Text.Json.JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString()));
        codes.Distinct().ShouldBe([OrderingErrorCodes.OutOfStock], string.Join(", ", codes.GroupBy(c => c).Select(g => $"{g.Key}: {g.Count()}")));
        (await _driver.ProductAsync(ApiFixture.KtvTenant, product.Id)).Stock.ShouldBe(0);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        var sales = await (await manager.GetAsync($"/api/admin/menu/products/{product.Id}/stock-movements")).ReadAsAsync<List<StockMovementDto>>();
        sales.Count(m => m.Kind == StockMovementKind.Sale).ShouldBe(units);
        sales.Select(m => m.StockAfter).OrderBy(s => s).ShouldBe(Enumerable.Range(0, units));
    }
}
