using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using LocalLife.Bookings;

namespace LocalLife.Inputs;

/// <summary>
/// Every endpoint that takes a time (a query parameter or a body property of format date-time, found in the OpenAPI
/// document, so a new endpoint is swept without being listed) is sent the same instants twice: written with +08:00,
/// as a Chinese client does, and with Z. Neither may be a 500, both must answer alike, and an endpoint that succeeds
/// echoes the instant it was given, in UTC.
/// </summary>
[Collection(SweepCollection.Name)]
public sealed class TimeSweepTests(WeChatApiFixture api)
{
    // The endpoints of issue #23 and their siblings: these must succeed, not merely not fail.
    private static readonly string[] MustSucceed =
    [
        "POST /api/app/bookings", "POST /api/app/bookings/preview", "POST /api/admin/menu/products", "PUT /api/admin/menu/products/{id}",
        "POST /api/admin/rebate-rules", "PUT /api/admin/rebate-rules/{id}", "GET /api/admin/payments",
    ];

    [Fact]
    public async Task Every_endpoint_that_takes_a_time_answers_plus_eight_hours_as_it_answers_the_same_instant_in_utc()
    {
        var sweep = await SweepDriver.StartAsync(api);
        // Writes first, so the reads (payments by creation time) find what the writes made.
        var operations = sweep.Api.All.Where(o => sweep.Api.Takes(o, "date-time")).OrderBy(o => o.Method == HttpMethod.Get).ToList();
        MustSucceed.ShouldBeSubsetOf(operations.Select(o => o.Name));

        var failures = new List<string>();
        foreach (var operation in operations)
        {
            var times = new Dictionary<string, DateTimeOffset>();
            JsonNode? Time(ApiField field, Func<DateTimeOffset, string> write) => field.Format != "date-time" ? null
                : write(times.TryGetValue(field.Name, out var t) ? t : times[field.Name] = TimeFor(operation, times.Count));
            var utc = await sweep.SendAsync(operation, f => Time(f, SampleRequests.Utc));
            var china = await sweep.SendAsync(operation, f => Time(f, SampleRequests.China));
            failures.AddRange(await CompareAsync(operation, times, utc, china));
        }
        failures.ShouldBeEmpty();
        operations.Count.ShouldBeGreaterThanOrEqualTo(MustSucceed.Length);
    }

    /// <summary>Writes: tomorrow evening in Shanghai (the KTV is open), an hour apart. Reads: a window of two days around now.</summary>
    private static DateTimeOffset TimeFor(ApiOperation operation, int index) => operation.Method == HttpMethod.Get
        ? DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds()).AddDays(-1 + 2 * index)
        : BookingDriver.TomorrowAt(20).AddHours(index);

    private static async Task<IEnumerable<string>> CompareAsync(ApiOperation operation, Dictionary<string, DateTimeOffset> times,
        HttpResponseMessage utc, HttpResponseMessage china)
    {
        var utcBody = await utc.Content.ReadAsStringAsync();
        var chinaBody = await china.Content.ReadAsStringAsync();
        var failures = new List<string>();
        if ((int)china.StatusCode >= 500 || (int)utc.StatusCode >= 500)
            return [$"{operation}: {(int)china.StatusCode} for +08:00 ({chinaBody}), {(int)utc.StatusCode} for Z"];
        if (china.StatusCode != utc.StatusCode) failures.Add($"{operation}: {(int)china.StatusCode} for +08:00 but {(int)utc.StatusCode} for Z ({chinaBody} / {utcBody})");
        if (MustSucceed.Contains(operation.Name) && !china.IsSuccessStatusCode) failures.Add($"{operation}: {(int)china.StatusCode} {chinaBody}");
        if (!china.IsSuccessStatusCode || !utc.IsSuccessStatusCode) return failures;

        if (operation.Method == HttpMethod.Get)
        {
            if (chinaBody != utcBody) failures.Add($"{operation}: the +08:00 answer differs from the Z answer ({chinaBody} / {utcBody})");
            return failures;
        }
        foreach (var (name, instant) in times)
            foreach (var (body, form) in new[] { (chinaBody, "+08:00"), (utcBody, "Z") })
            {
                var echoed = Find(JsonDocument.Parse(body).RootElement, name);
                if (echoed is null && MustSucceed.Contains(operation.Name)) failures.Add($"{operation}: {name} is not in the answer to {form}");
                else if (echoed is { } e && (DateTimeOffset.Parse(e) != instant || DateTimeOffset.Parse(e).Offset != TimeSpan.Zero))
                    failures.Add($"{operation}: {name} sent as {instant:O} ({form}) came back as {e}");
            }
        return failures;
    }

    /// <summary>The first string property of that name at any depth (a booking's arriveAt is under booking).</summary>
    private static string? Find(JsonElement json, string name)
    {
        if (json.ValueKind == JsonValueKind.Object)
            foreach (var property in json.EnumerateObject())
            {
                if (property.Name == name && property.Value.ValueKind == JsonValueKind.String) return property.Value.GetString();
                if (Find(property.Value, name) is { } found) return found;
            }
        if (json.ValueKind == JsonValueKind.Array)
            foreach (var item in json.EnumerateArray())
                if (Find(item, name) is { } found) return found;
        return null;
    }
}
