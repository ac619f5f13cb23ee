using System.Diagnostics;
using System.Net;
using LocalLife.Entities;
using LocalLife.Eventing;
using LocalLife.MultiTenancy;
using LocalLife.RealTime;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace LocalLife.Processes;

/// <summary>
/// The shared services fail under a running host. Each test starts a private RabbitMQ (port 5673) or Redis (6380)
/// through services.sh, stops it in the middle, and stops it for good at the end.
/// </summary>
[Collection(ProcessesCollection.Name)]
public sealed class FaultTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private readonly FaultProbeLog _log = new();
    private readonly string _names = "locallife.faults." + Guid.NewGuid().ToString("N")[..8];
    private LocalLifeApiFactory? _factory;

    public Task InitializeAsync() => _database.InitializeAsync();

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        await LocalServices.DownAsync("rabbitmq");
        await LocalServices.DownAsync("redis");
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Events_raised_while_RabbitMQ_is_down_are_all_delivered_once_when_it_is_back()
    {
        var watch = Stopwatch.StartNew();
        await LocalServices.UpAsync("rabbitmq");
        output.WriteLine($"private RabbitMQ up in {watch.ElapsedMilliseconds} ms");
        StartHost(new() { ["ConnectionStrings:RabbitMq"] = LocalServices.RabbitUri, ["Events:Exchange"] = _names, ["Events:Queue"] = _names });

        var before = await RaiseAsync(10);
        (await AppliedAsync(before, TimeSpan.FromSeconds(30))).ShouldBeTrue("events before the outage");

        watch.Restart();
        await LocalServices.DownAsync("rabbitmq");
        output.WriteLine($"RabbitMQ stopped in {watch.ElapsedMilliseconds} ms");
        var during = await RaiseAsync(10); // the changes commit; their events wait in the outbox
        await Task.Delay(2000);
        (await CountAsync("SELECT count(*) FROM outbox_messages WHERE status = 0")).ShouldBe(10);
        (await CountAsync("SELECT count(*) FROM outbox_messages WHERE status = 2")).ShouldBe(0); // an outage costs no attempts
        during.ShouldAllBe(id => !_log.Applied.ContainsKey(id));

        watch.Restart();
        await LocalServices.UpAsync("rabbitmq");
        var restarted = watch.ElapsedMilliseconds;
        (await AppliedAsync(during, TimeSpan.FromSeconds(60))).ShouldBeTrue("events raised during the outage");
        output.WriteLine($"RabbitMQ restarted in {restarted} ms; the outage's 10 events delivered {watch.ElapsedMilliseconds} ms after the restart began");

        await Task.Delay(1000); // room for a duplicate to show up
        _log.Applied.Count.ShouldBe(20);
        _log.Applied.Values.ShouldAllBe(n => n == 1);
        (await CountAsync("SELECT count(*) FROM outbox_messages WHERE status = 1")).ShouldBe(20);
        (await CountAsync("SELECT count(*) FROM inbox_records")).ShouldBe(20);
    }

    [Fact]
    public async Task With_Redis_down_the_host_keeps_serving_and_pushes_degrade_without_errors()
    {
        await LocalServices.UpAsync("redis");
        StartHost(new() { ["ConnectionStrings:Redis"] = LocalServices.RedisConfiguration, ["RealTime:ChannelPrefix"] = _names });
        var owner = await OwnerTokenAsync();
        await using var screen = await ConnectStaffAsync(owner);
        var heard = screen.Listen("test");
        var ktv = await AllTenantsSql.ScalarAsync<Guid>(_database, "SELECT id FROM tenants WHERE name = 'ktv-demo'");
        // The group subscription reaches Redis a moment after the connection starts: push until the first one is heard.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        do await PushAsync(ktv, 1);
        while (!await heard.WaitAsync(1, TimeSpan.FromSeconds(1)) && DateTime.UtcNow < deadline);
        heard.Items.Count.ShouldBeGreaterThan(0, "push through the backplane");
        (await Client(owner).GetAsync("/health/ready")).StatusCode.ShouldBe(HttpStatusCode.OK);

        await LocalServices.DownAsync("redis");
        var watch = Stopwatch.StartNew();
        (await Client(owner).GetAsync("/api/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK);
        output.WriteLine($"API answered in {watch.ElapsedMilliseconds} ms with Redis down");
        watch.Restart();
        await PushAsync(ktv, 2).WaitAsync(TimeSpan.FromSeconds(15)); // dropped and logged, never thrown at the caller
        output.WriteLine($"a push with Redis down returned in {watch.ElapsedMilliseconds} ms");
        var ready = await Client(owner).GetAsync("/health/ready");
        ready.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);

        await LocalServices.UpAsync("redis");
        (await AllTenantsSql.EventuallyAsync(async () => (await Client(owner).GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK,
            TimeSpan.FromSeconds(30))).ShouldBeTrue("ready again once Redis is back");
    }

    private void StartHost(Dictionary<string, string?> settings)
    {
        _factory = new LocalLifeApiFactory(_database, settings, services =>
        {
            services.AddSingleton(_log);
            services.AddDistributedEventHandler<FaultProbeEto, FaultProbeHandler>();
        });
        _ = _factory.Server; // start: relay and consumer run from here on
    }

    private async Task<List<Guid>> RaiseAsync(int count)
    {
        var ids = Enumerable.Range(0, count).Select(_ => Guid.NewGuid()).ToList();
        var ktv = await AllTenantsSql.ScalarAsync<Guid>(_database, "SELECT id FROM tenants WHERE name = 'ktv-demo'");
        foreach (var id in ids)
        {
            await using var scope = _factory!.Services.CreateAsyncScope();
            using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(ktv);
            await scope.ServiceProvider.GetRequiredService<IDistributedEventBus>().PublishAsync(new FaultProbeEto(id), CancellationToken.None);
            await scope.ServiceProvider.GetRequiredService<IUnitOfWork>().SaveChangesAsync(CancellationToken.None);
        }
        return ids;
    }

    private Task<bool> AppliedAsync(IEnumerable<Guid> ids, TimeSpan timeout) =>
        AllTenantsSql.EventuallyAsync(() => Task.FromResult(ids.All(_log.Applied.ContainsKey)), timeout);

    private Task<long> CountAsync(string sql) => AllTenantsSql.ScalarAsync<long>(_database, sql);

    private async Task PushAsync(Guid tenant, int n)
    {
        await using var scope = _factory!.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IRealtimeNotifier>().ToTenantStaffAsync(tenant, "test", new { n }, CancellationToken.None);
    }

    private async Task<string> OwnerTokenAsync() => await Tokens.PasswordAsync(_factory!.CreateClient(), ApiFixture.KtvTenant, "owner");

    private HttpClient Client(string token)
    {
        var client = _factory!.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<HubConnection> ConnectStaffAsync(string token)
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(_factory!.Server.BaseAddress, StaffHub.Path.TrimStart('/')), o =>
            {
                o.HttpMessageHandlerFactory = _ => _factory.Server.CreateHandler();
                o.AccessTokenProvider = () => Task.FromResult<string?>(token);
                o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.LongPolling;
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }
}
