using System.Collections.Concurrent;
using System.Net;
using LocalLife.Common;
using LocalLife.Entities;
using LocalLife.Eventing;
using LocalLife.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;
using RabbitMQ.Client;

namespace LocalLife.Processes;

[EventName("locallife.test.poison-probe")]
public sealed record PoisonProbeEto(Guid ProbeId);

/// <summary>Fails for the probes it is told to, until it is told they are fixed; counts what it applied.</summary>
public sealed class PoisonProbeHandler(PoisonProbeLog log) : IDistributedEventHandler<PoisonProbeEto>
{
    public Task HandleEventAsync(PoisonProbeEto eto, CancellationToken ct)
    {
        if (log.Poisoned.ContainsKey(eto.ProbeId))
        {
            log.Failures.AddOrUpdate(eto.ProbeId, 1, (_, n) => n + 1);
            throw new InvalidOperationException($"probe {eto.ProbeId} is poisoned");
        }
        log.Applied.AddOrUpdate(eto.ProbeId, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}

public sealed class PoisonProbeLog
{
    public ConcurrentDictionary<Guid, bool> Poisoned { get; } = new();
    public ConcurrentDictionary<Guid, int> Failures { get; } = new();
    public ConcurrentDictionary<Guid, int> Applied { get; } = new();
}

/// <summary>
/// A message whose handler keeps failing, through the real RabbitMQ: it is redelivered a few times, then set aside as a dead letter
/// without holding up the messages behind it; the operator sees it and, once the cause is fixed, runs it again.
/// </summary>
[Collection(ProcessesCollection.Name)]
public sealed class DeadLetterTests : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly PoisonProbeLog _log = new();
    private readonly string _names = "locallife.dead." + Guid.NewGuid().ToString("N")[..8];
    private readonly string _rabbit = $"amqp://locallife:locallife@127.0.0.1:{Environment.GetEnvironmentVariable("LOCALLIFE_RABBIT_PORT") ?? "5672"}/";
    private LocalLifeApiFactory? _factory;

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        await using var connection = await new ConnectionFactory { Uri = new Uri(_rabbit) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeleteAsync(_names, ifUnused: false, ifEmpty: false);
        await channel.ExchangeDeleteAsync(_names, ifUnused: false);
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_message_that_keeps_failing_becomes_a_dead_letter_the_others_go_through_and_the_operator_runs_it_again()
    {
        _factory = new LocalLifeApiFactory(_database, new Dictionary<string, string?>
        {
            ["ConnectionStrings:RabbitMq"] = _rabbit, ["Events:Exchange"] = _names, ["Events:Queue"] = _names,
            ["Events:PollInterval"] = "00:00:00.500", ["Events:MaxHandlingAttempts"] = "3",
        }, services =>
        {
            services.AddSingleton(_log);
            services.AddDistributedEventHandler<PoisonProbeEto, PoisonProbeHandler>();
        });
        _ = _factory.Server;

        var poison = Guid.NewGuid();
        _log.Poisoned[poison] = true;
        var fine = Enumerable.Range(0, 5).Select(_ => Guid.NewGuid()).ToList();
        await RaiseAsync([poison, .. fine]);

        (await AllTenantsSql.EventuallyAsync(() => Task.FromResult(fine.All(_log.Applied.ContainsKey)), TimeSpan.FromSeconds(30)))
            .ShouldBeTrue("the messages behind the poisoned one");
        (await AllTenantsSql.EventuallyAsync(async () => await AllTenantsSql.ScalarAsync<string>(_database,
                $"SELECT status FROM dead_letters WHERE payload LIKE '%{poison}%'") == "Dead", TimeSpan.FromSeconds(30)))
            .ShouldBeTrue("dead after three failed deliveries");
        await Task.Delay(2500); // no further redelivery once it is dead
        _log.Failures[poison].ShouldBe(3);

        var client = _factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", await Tokens.PasswordAsync(_factory.CreateClient(), null, "admin"));
        (await (await client.GetAsync("/api/host/events")).ReadAsAsync<EventOverviewDto>()).DeadLetters.ShouldBe(1);
        var letter = (await (await client.GetAsync("/api/host/events/dead-letters")).ReadAsAsync<PagedResultDto<DeadLetterDto>>()).Items.ShouldHaveSingleItem();
        letter.ShouldSatisfyAllConditions(l => l.EventName.ShouldBe("locallife.test.poison-probe"), l => l.Attempts.ShouldBe(3),
            l => l.LastError!.ShouldContain("poisoned"), l => l.TenantId.ShouldNotBeNull());

        // Run again while still broken: still dead, one more attempt. Fixed: resolved, applied exactly once.
        var again = await (await client.PostAsync($"/api/host/events/dead-letters/{letter.MessageId}/retry", null)).ReadAsAsync<DeadLetterDto>();
        again.ShouldSatisfyAllConditions(l => l.Status.ShouldBe(DeadLetterStatus.Dead), l => l.Attempts.ShouldBe(4));
        _log.Poisoned.TryRemove(poison, out _);
        var resolved = await (await client.PostAsync($"/api/host/events/dead-letters/{letter.MessageId}/retry", null)).ReadAsAsync<DeadLetterDto>();
        resolved.ShouldSatisfyAllConditions(l => l.Status.ShouldBe(DeadLetterStatus.Resolved), l => l.ResolvedTime.ShouldNotBeNull());
        _log.Applied[poison].ShouldBe(1);
        (await client.PostAsync($"/api/host/events/dead-letters/{letter.MessageId}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        _log.Applied[poison].ShouldBe(1); // resolved: nothing runs twice
        (await (await client.GetAsync("/api/host/events")).ReadAsAsync<EventOverviewDto>()).DeadLetters.ShouldBe(0);
        (await client.PostAsync($"/api/host/events/dead-letters/{Guid.NewGuid()}/retry", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        fine.ShouldAllBe(id => _log.Applied[id] == 1);
        (await ScalarAsync<long>("SELECT count(*) FROM dead_letters")).ShouldBe(1); // the fine ones left no trace

        var owner = _factory.CreateClient();
        owner.DefaultRequestHeaders.Authorization = new("Bearer", await Tokens.PasswordAsync(_factory.CreateClient(), ApiFixture.KtvTenant, "owner"));
        (await owner.GetAsync("/api/host/events/dead-letters")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task RaiseAsync(IEnumerable<Guid> ids)
    {
        var ktv = await ScalarAsync<Guid>("SELECT id FROM tenants WHERE name = 'ktv-demo'");
        foreach (var id in ids)
        {
            await using var scope = _factory!.Services.CreateAsyncScope();
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(ktv);
            await scope.ServiceProvider.GetRequiredService<IDistributedEventBus>().PublishAsync(new PoisonProbeEto(id), CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        }
    }

    private async Task<T> ScalarAsync<T>(string sql) => (await AllTenantsSql.ScalarAsync<T>(_database, sql))!;
}
