using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using LocalLife.Catalog;
using LocalLife.Ordering;
using LocalLife.Spaces;
using LocalLife.Testing;
using Npgsql;

namespace LocalLife.Benchmarks;

/// <summary>
/// Order submissions per second with many concurrent customers (each: add one item to the cart, then place the order;
/// the order's latency is the place request, which takes stock, writes the order and asks the WeChat simulator for a
/// prepay id over HTTP), next to pgbench's TPC-B on the same PostgreSQL with as many connections as the host's pool.
/// Saturated (every customer orders again at once: throughput, and queueing latency) and paced (the same customers at half that
/// rate: the latency of a busy but not overloaded server). Also the scan endpoint's latency.
/// </summary>
internal static class OrderBenchmark
{
    private static int _reported;

    public static async Task RunAsync(int seconds, int clients)
    {
        var api = new WeChatApiFixture();
        await api.InitializeAsync();
        try
        {
            var setup = Stopwatch.StartNew();
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = clients + 10 }) { BaseAddress = new Uri(api.Root), Timeout = TimeSpan.FromMinutes(2) };
            var manager = await TokenAsync(http, "grant_type=password&client_id=locallife-console&tenant=ktv-demo&username=manager&password=" + ApiFixture.Password +
                                                 "&scope=profile%20roles%20locallife.api");
            var store = (await GetAsync<List<StoreDto>>(http, "/api/admin/stores", manager))[0];
            var category = await PostAsync<ProductCategoryDto>(http, "/api/admin/menu/categories", manager,
                new CreateProductCategoryDto { StoreId = store.Id, Code = "bench", NameZhHans = "压测", NameEn = "Bench" });
            var product = await PostAsync<ProductDto>(http, "/api/admin/menu/products", manager,
                new SaveProductDto { StoreId = store.Id, CategoryId = category.Id, Name = "压测饮料", PriceFen = 1000, Stock = 10_000_000 });
            var spaces = new List<(Guid Id, string Token)>();
            for (var i = 0; i < 20; i++)
            {
                var space = await PostAsync<SpaceDto>(http, $"/api/admin/spaces?storeId={store.Id}", manager, new SaveSpaceDto
                {
                    Number = "BENCH" + i, Name = "压测包" + i, TypeCode = store.SpaceTypes[0].Code, MinCapacity = 1, MaxCapacity = 6, BasePriceFen = 1000,
                });
                var qr = await GetAsync<SpaceQrDto>(http, $"/api/admin/spaces/{space.Id}/qr", manager);
                spaces.Add((space.Id, Uri.UnescapeDataString(qr.Url[(qr.Url.IndexOf("t=", StringComparison.Ordinal) + 2)..])));
            }
            var customers = new string[clients];
            foreach (var batch in Enumerable.Range(0, clients).Chunk(25))
                await Task.WhenAll(batch.Select(async i => customers[i] = await TokenAsync(http,
                    $"grant_type=urn:locallife:wechat_miniprogram&client_id=locallife-miniprogram&code=sim-bench-{i}&scope=offline_access%20profile%20locallife.api")));
            Console.WriteLine($"setup: {clients} customers, {spaces.Count} spaces in {setup.Elapsed.TotalSeconds:F1} s");

            var scan = await LoadRun.RunAsync(http, $"/api/app/catalog/scan?t={Uri.EscapeDataString(spaces[0].Token)}", Math.Max(3, seconds / 3), 32);

            // Warm-up: one order per space.
            for (var i = 0; i < spaces.Count; i++) await OrderAsync(http, customers[i], spaces[i], product.Id);

            // One customer alone: what one order costs the server when nobody queues.
            var single = new List<double>();
            var singleFailed = 0;
            var alone = Stopwatch.StartNew();
            while (alone.Elapsed < TimeSpan.FromSeconds(Math.Max(3, seconds / 3)))
            {
                var (ok, ms) = await OrderAsync(http, customers[0], spaces[0], product.Id);
                if (ok) single.Add(ms);
                else singleFailed++;
            }
            single.Sort();
            var aloneSeconds = alone.Elapsed.TotalSeconds;
            if (singleFailed > 0) Console.WriteLine($"one client: {singleFailed} orders failed");

            var latencies = new List<double>[clients];
            long placed = 0, failed = 0;
            var clock = Stopwatch.StartNew();
            var end = TimeSpan.FromSeconds(seconds);
            await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
            {
                var mine = latencies[c] = [];
                var space = spaces[c % spaces.Count];
                while (clock.Elapsed < end)
                {
                    var (ok, ms) = await OrderAsync(http, customers[c], space, product.Id);
                    if (ok) { Interlocked.Increment(ref placed); mine.Add(ms); }
                    else Interlocked.Increment(ref failed);
                }
            }));
            var elapsed = clock.Elapsed.TotalSeconds;
            var all = latencies.SelectMany(l => l).Order().ToArray();
            double Pct(double p) => all.Length == 0 ? double.NaN : all[Math.Min(all.Length - 1, (int)(all.Length * p))];
            var ordersPerSecond = placed / elapsed;

            // Paced: the same customers, each ordering at random (exponential) intervals so that together they ask for half the
            // saturated rate — the latency a customer sees when the server is busy but not overloaded.
            var target = Math.Max(1, ordersPerSecond / 2);
            var (pacedRate, paced, pacedFailed) = await PacedAsync(http, customers, spaces, product.Id, target, seconds);
            double PacedPct(double p) => paced.Length == 0 ? double.NaN : paced[Math.Min(paced.Length - 1, (int)(paced.Length * p))];

            var tps = await PgBenchAsync(api.Database.OwnerConnectionString, seconds, connections: 20);

            Console.WriteLine($"machine: {Environment.ProcessorCount} cores; client, host, WeChat simulator and PostgreSQL share them");
            Console.WriteLine(scan);
            Console.WriteLine($"{"POST /api/app/orders (1 client)",-60} {single.Count / aloneSeconds,9:F0} orders/s  p50 {single[single.Count / 2],7:F1} ms  p99 {single[Math.Min(single.Count - 1, single.Count * 99 / 100)],7:F1} ms");
            Console.WriteLine($"{"POST /api/app/orders (" + clients + " clients, add + place)",-60} {ordersPerSecond,9:F0} orders/s  p50 {Pct(0.5),7:F1} ms  p95 {Pct(0.95),7:F1} ms  p99 {Pct(0.99),7:F1} ms  placed {placed}  failed {failed}");
            Console.WriteLine($"{"POST /api/app/orders (" + clients + " clients, paced to " + target.ToString("F0") + "/s)",-60} {pacedRate,9:F0} orders/s  p50 {PacedPct(0.5),7:F1} ms  p95 {PacedPct(0.95),7:F1} ms  p99 {PacedPct(0.99),7:F1} ms  placed {paced.Length}  failed {pacedFailed}");
            Console.WriteLine($"{"pgbench TPC-B (20 connections, same server)",-60} {tps,9:F0} tps");
            var ratio = ordersPerSecond / tps;
            Console.WriteLine($"orders/s ÷ pgbench tps: {ratio:F2} (goal >= 0.50) {(ratio >= 0.5 ? "MET" : "NOT MET")}; p99 {Pct(0.99):F0} ms (goal < 100 ms) {(Pct(0.99) < 100 ? "MET" : "NOT MET")}");
        }
        finally
        {
            await api.DisposeAsync();
        }
    }

    /// <summary>Every customer orders at exponential intervals (mean clients ÷ rate seconds, less the order's own time) for the given time.</summary>
    private static async Task<(double Rate, double[] Latencies, long Failed)> PacedAsync(HttpClient http, string[] customers, List<(Guid Id, string Token)> spaces,
        Guid productId, double rate, int seconds)
    {
        var mean = customers.Length / rate;
        var latencies = new List<double>[customers.Length];
        long failed = 0;
        var clock = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(customers.Select(async (token, c) =>
        {
            var random = new Random(c);
            var mine = latencies[c] = [];
            await Task.Delay(TimeSpan.FromSeconds(random.NextDouble() * mean)); // spread the first orders over one interval
            while (clock.Elapsed < end)
            {
                var started = clock.Elapsed;
                var (ok, ms) = await OrderAsync(http, token, spaces[c % spaces.Count], productId);
                if (ok) mine.Add(ms);
                else Interlocked.Increment(ref failed);
                var wait = TimeSpan.FromSeconds(-Math.Log(1 - random.NextDouble()) * mean) - (clock.Elapsed - started);
                if (wait > TimeSpan.Zero && clock.Elapsed + wait < end) await Task.Delay(wait);
                else if (wait > TimeSpan.Zero) break;
            }
        }));
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return (all.Length / clock.Elapsed.TotalSeconds, all, failed);
    }

    private static async Task<(bool Ok, double Ms)> OrderAsync(HttpClient http, string token, (Guid Id, string Token) space, Guid productId)
    {
        using var add = Request(HttpMethod.Post, $"/api/app/carts/{space.Id}/lines", token, new AddCartLineDto { ProductId = productId, Quantity = 1 });
        using var added = await http.SendAsync(add);
        if (!added.IsSuccessStatusCode)
        {
            if (Interlocked.Increment(ref _reported) <= 3) Console.WriteLine($"add failed: {(int)added.StatusCode} {await added.Content.ReadAsStringAsync()}");
            return (false, 0);
        }
        var watch = Stopwatch.StartNew();
        using var place = Request(HttpMethod.Post, "/api/app/orders", token, new PlaceOrderDto { SpaceId = space.Id, QrToken = space.Token });
        using var response = await http.SendAsync(place);
        var elapsed = watch.Elapsed.TotalMilliseconds;
        if (!response.IsSuccessStatusCode && Interlocked.Increment(ref _reported) <= 3)
            Console.WriteLine($"place failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (response.IsSuccessStatusCode, elapsed);
    }

    /// <summary>pgbench -i (scale 10) into a scratch database, then the TPC-B-like default script for the given time.</summary>
    private static async Task<double> PgBenchAsync(string ownerConnectionString, int seconds, int connections)
    {
        var builder = new NpgsqlConnectionStringBuilder(ownerConnectionString);
        const string database = "locallife_pgbench";
        await using (var admin = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ownerConnectionString) { Database = "postgres", Pooling = false }.ConnectionString))
        {
            await admin.OpenAsync();
            await new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin).ExecuteNonQueryAsync();
            await new NpgsqlCommand($"CREATE DATABASE {database}", admin).ExecuteNonQueryAsync();
        }
        var pgbench = new[] { "/usr/lib/postgresql/15/bin/pgbench", "pgbench" }.FirstOrDefault(File.Exists) ?? "pgbench";
        string Common() => $"-h {builder.Host} -p {builder.Port} -U {builder.Username} {database}";
        await RunAsync(pgbench, $"-i -q -s 10 {Common()}", builder.Password!);
        var output = await RunAsync(pgbench, $"-c {connections} -j 2 -T {seconds} {Common()}", builder.Password!);
        var line = output.Split('\n').First(l => l.StartsWith("tps = ", StringComparison.Ordinal));
        return double.Parse(line.Split(' ')[2], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<string> RunAsync(string file, string arguments, string password)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["PGPASSWORD"] = password;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {arguments}: {await stderr}");
        return await stdout;
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string token, object? body = null)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null) request.Content = JsonContent.Create(body, body.GetType(), options: LoadRun.Json);
        return request;
    }

    private static async Task<T> GetAsync<T>(HttpClient http, string path, string token)
    {
        using var request = Request(HttpMethod.Get, path, token);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<T>(LoadRun.Json))!;
    }

    private static async Task<T> PostAsync<T>(HttpClient http, string path, string token, object body)
    {
        using var request = Request(HttpMethod.Post, path, token, body);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(LoadRun.Json))!;
    }

    private static async Task<string> TokenAsync(HttpClient http, string form)
    {
        using var content = new StringContent(form, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        using var response = await http.PostAsync("/connect/token", content);
        if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"token: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("access_token").GetString()!;
    }
}
