using System.Diagnostics;
using System.Text.Json;

namespace LocalLife.Benchmarks;

/// <summary>A fixed-length closed-loop load: N clients, each sending the next request when the last one answered.</summary>
internal sealed record LoadRun(string Path, long Requests, long Errors, double Seconds, double P50Ms, double P95Ms, double P99Ms)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public double RequestsPerSecond => Requests / Seconds;

    public static async Task<LoadRun> RunAsync(HttpClient http, string path, int seconds, int concurrency)
    {
        for (var i = 0; i < 200; i++) (await http.GetAsync(path)).EnsureSuccessStatusCode(); // warm up: JIT, pools, cache
        var latencies = new List<double>[concurrency];
        long errors = 0;
        var clock = Stopwatch.StartNew();
        var end = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async c =>
        {
            var mine = latencies[c] = [];
            while (clock.Elapsed < end)
            {
                var started = clock.Elapsed;
                using var response = await http.GetAsync(path, HttpCompletionOption.ResponseContentRead);
                if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                mine.Add((clock.Elapsed - started).TotalMilliseconds);
            }
        }));
        var elapsed = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        double Pct(double p) => all[Math.Min(all.Length - 1, (int)(all.Length * p))];
        return new LoadRun(path, all.Length, errors, elapsed, Pct(0.50), Pct(0.95), Pct(0.99));
    }

    public override string ToString() =>
        $"{Path,-60} {RequestsPerSecond,9:F0} req/s  p50 {P50Ms,6:F2} ms  p95 {P95Ms,6:F2} ms  p99 {P99Ms,6:F2} ms  errors {Errors}";
}
