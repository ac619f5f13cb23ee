using System.Diagnostics;
using System.Net.Http.Json;
using LocalLife.Benchmarks;
using LocalLife.Catalog;
using LocalLife.Common;
using LocalLife.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

// Benchmarks over real HTTP on loopback, each on a freshly seeded database.
//   catalog: store-detail requests/s against the host's plain JSON endpoint
//   orders:  order submissions/s with many concurrent customers, next to pgbench TPC-B (see OrderBenchmark)
// Usage: dotnet run -c Release --project test/LocalLife.Benchmarks [catalog|orders|all] [seconds] [concurrency]
var mode = args.Length > 0 ? args[0] : "all";
var seconds = args.Length > 1 ? int.Parse(args[1]) : 10;
var concurrency = args.Length > 2 ? int.Parse(args[2]) : 0;

// WebApplicationFactory finds the host's content root from a manifest that only test projects get; say it here.
var repository = new DirectoryInfo(AppContext.BaseDirectory);
while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "LocalLife.sln"))) repository = repository.Parent;
Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_LOCALLIFE_HTTPAPI_HOST",
    Path.Combine(repository?.FullName ?? ".", "src", "LocalLife.HttpApi.Host"));

if (mode is "orders" or "all") await OrderBenchmark.RunAsync(seconds, concurrency > 0 ? concurrency : 500);
if (mode is not ("catalog" or "all")) return;
if (concurrency == 0) concurrency = 32;

var database = new TestDatabase();
await database.InitializeAsync();
var factory = new LocalLifeApiFactory(database, new Dictionary<string, string?> { ["Serilog:MinimumLevel:Default"] = "Error" });
try
{
    factory.UseKestrel(0);
    factory.StartServer();
    var root = factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
    using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = concurrency }) { BaseAddress = new Uri(root) };
    var stores = await http.GetFromJsonAsync<PagedResultDto<StoreSummaryDto>>("/api/app/catalog/stores?sort=Rating", LoadRun.Json);
    var storeId = stores!.Items[0].Id;

    var plain = await LoadRun.RunAsync(http, "/api/ping", seconds, concurrency);
    var detail = await LoadRun.RunAsync(http, $"/api/app/catalog/stores/{storeId}", seconds, concurrency);
    var spaces = await LoadRun.RunAsync(http, $"/api/app/catalog/stores/{storeId}/spaces?partySize=4", seconds, concurrency);

    Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {seconds} s per endpoint, {concurrency} concurrent clients");
    foreach (var r in new[] { plain, detail, spaces }) Console.WriteLine(r);
    var ratio = detail.RequestsPerSecond / plain.RequestsPerSecond;
    Console.WriteLine($"store detail / plain JSON ratio: {ratio:F2} (goal >= 0.50) {(ratio >= 0.5 ? "MET" : "NOT MET")}");
}
finally
{
    await factory.DisposeAsync();
    await database.DisposeAsync();
}
