using System.Diagnostics;
using System.Net;
using Xunit.Abstractions;

namespace LocalLife.Bookings;

/// <summary>Many customers press "book" on the same free space at once: the database lets exactly one booking through.</summary>
[Collection(WeChatCollection.Name)]
public sealed class BookingRaceTests(WeChatApiFixture api, ITestOutputHelper output)
{
    private readonly BookingDriver _driver = new(api);

    [Theory]
    [InlineData(200, 10)]
    [InlineData(1000, 20)]
    public async Task Concurrent_attempts_on_one_free_space_yield_exactly_one_booking(int attempts, int customers)
    {
        var space = await _driver.NewSpaceAsync(ApiFixture.KtvTenant);
        var clients = new List<HttpClient>();
        for (var i = 0; i < customers; i++) clients.Add((await _driver.Payments.CustomerAsync($"sim-booking-race-{i}")).Client);
        var arriveAt = BookingDriver.TomorrowAt(20);
        using var start = new ManualResetEventSlim();

        var watch = Stopwatch.StartNew();
        var responses = await Task.WhenAll(Enumerable.Range(0, attempts).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return await BookingDriver.BookAsync(clients[i % customers], space.Id, arriveAt);
        })).ToList().Also(_ => start.Set()));
        watch.Stop();

        var byStatus = responses.GroupBy(r => r.StatusCode).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine($"{attempts} concurrent attempts from {customers} customers in {watch.ElapsedMilliseconds} ms: " +
            string.Join(", ", byStatus.Select(kv => $"{(int)kv.Key}×{kv.Value}")));
        byStatus.GetValueOrDefault(HttpStatusCode.OK).ShouldBe(1);
        foreach (var refused in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
            await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict, BookingErrorCodes.SpaceNotFree);
        var manager = await api.LoginAsync(ApiFixture.KtvTenant, "manager");
        (await BookingDriver.ListAsync(manager, $"spaceId={space.Id}")).TotalCount.ShouldBe(1);
    }
}

internal static class TaskListExtensions
{
    /// <summary>Runs an action on a value and returns it (starts the race once every task is queued).</summary>
    public static T Also<T>(this T value, Action<T> action)
    {
        action(value);
        return value;
    }
}
