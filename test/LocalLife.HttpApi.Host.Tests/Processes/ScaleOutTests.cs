using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using LocalLife.BackgroundJobs;
using LocalLife.RealTime;
using LocalLife.Tenancy;
using Microsoft.AspNetCore.SignalR.Client;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace LocalLife.Processes;

/// <summary>
/// Two host processes on different loopback ports share PostgreSQL, RabbitMQ and Redis, as behind a load balancer:
/// events are consumed once across both, a push sent by one host reaches clients of the other, a delayed job runs once.
/// </summary>
[Collection(ProcessesCollection.Name)]
public sealed partial class ScaleOutTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Toggles = 8;
    private readonly TestDatabase _database = new();
    private readonly string _names = "locallife.test." + Guid.NewGuid().ToString("N")[..8];
    private readonly string _keys = Path.Combine(Path.GetTempPath(), "locallife-scaleout", Guid.NewGuid().ToString("N"));
    private HostProcess _a = null!, _b = null!;

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        var rabbitPort = Environment.GetEnvironmentVariable("LOCALLIFE_RABBIT_PORT") ?? "5672";
        var redisPort = Environment.GetEnvironmentVariable("LOCALLIFE_REDIS_PORT") ?? "6379";
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings:Default"] = _database.AppConnectionString,
            ["ConnectionStrings:CrossTenant"] = _database.ReaderConnectionString,
            ["ConnectionStrings:RabbitMq"] = $"amqp://locallife:locallife@127.0.0.1:{rabbitPort}/",
            ["ConnectionStrings:Redis"] = $"127.0.0.1:{redisPort}",
            ["Events:Exchange"] = _names, ["Events:Queue"] = _names, ["Events:PollInterval"] = "00:00:00.500",
            ["RealTime:ChannelPrefix"] = _names,
            ["BackgroundJobs:PollInterval"] = "00:00:01",
            ["Auth:Issuer"] = "http://locallife.test/", ["Auth:KeysPath"] = _keys, ["Auth:EnablePasswordGrant"] = "true",
            ["Blob:FileSystem:Path"] = Path.Combine(_keys, "blobs"),
            ["Serilog:MinimumLevel:Default"] = "Information",
        };
        var started = Stopwatch.StartNew();
        _a = await HostProcess.StartAsync(settings); // the first creates the shared keys; the second reads them
        _b = await HostProcess.StartAsync(settings);
        output.WriteLine($"two hosts live in {started.ElapsedMilliseconds} ms (ports {_a.Port}, {_b.Port})");
    }

    public async Task DisposeAsync()
    {
        await _a.DisposeAsync();
        await _b.DisposeAsync();
        await DeleteBrokerObjectsAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(_keys)) Directory.Delete(_keys, recursive: true);
    }

    [Fact]
    public async Task Events_are_consumed_once_across_hosts_and_their_pushes_reach_clients_of_either_host()
    {
        var watch = Stopwatch.StartNew();
        using var adminA = Authorized(_a, await Tokens.PasswordAsync(_a.CreateClient(), null, "admin"));
        using var adminB = Authorized(_b, await Tokens.PasswordAsync(_b.CreateClient(), null, "admin"));
        var tenant = await CreateTenantAsync(adminA);
        await using var onA = await ConnectStaffAsync(_a, tenant.Name);
        await using var onB = await ConnectStaffAsync(_b, tenant.Name);
        var heardOnA = onA.Listen(RealtimeMethods.TenantStatusChanged);
        var heardOnB = onB.Listen(RealtimeMethods.TenantStatusChanged);

        for (var i = 0; i < Toggles; i++) // alternate the hosts the changes are made on
        {
            var admin = i % 2 == 0 ? adminA : adminB;
            var action = i % 2 == 0 ? "deactivate" : "activate";
            (await admin.PostAsync($"/api/host/tenants/{tenant.Id}/{action}", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await heardOnA.WaitAsync(Toggles, TimeSpan.FromSeconds(30))).ShouldBeTrue($"host A heard {heardOnA.Items.Count}");
        (await heardOnB.WaitAsync(Toggles, TimeSpan.FromSeconds(30))).ShouldBeTrue($"host B heard {heardOnB.Items.Count}");
        await Task.Delay(1000); // room for a duplicate to show up
        output.WriteLine($"{Toggles} events consumed and pushed to both hosts' clients in {watch.ElapsedMilliseconds} ms");

        string[] expected = [.. Enumerable.Range(0, Toggles).Select(i => i % 2 == 0 ? "Inactive" : "Active")];
        heardOnA.Items.Select(i => i.GetProperty("status").GetString()).ShouldBe(expected, ignoreOrder: true);
        heardOnB.Items.Select(i => i.GetProperty("status").GetString()).ShouldBe(expected, ignoreOrder: true);

        var handledByA = HandledMessages(_a);
        var handledByB = HandledMessages(_b);
        output.WriteLine($"handled on A: {handledByA.Count}, on B: {handledByB.Count}");
        handledByA.Concat(handledByB).Distinct().Count().ShouldBe(Toggles);
        (handledByA.Count + handledByB.Count).ShouldBe(Toggles); // each message on exactly one host, once
        (await AllTenantsSql.ScalarAsync<long>(_database, "SELECT count(*) FROM inbox_records")).ShouldBe(Toggles);
        (await AllTenantsSql.ScalarAsync<long>(_database, "SELECT count(*) FROM outbox_messages WHERE status = 1")).ShouldBe(Toggles);
    }

    [Fact]
    public async Task A_delayed_job_runs_exactly_once_with_two_hosts_polling_the_same_storage()
    {
        var watch = Stopwatch.StartNew();
        var options = new PostgreSqlStorageOptions { SchemaName = "hangfire", PrepareSchemaIfNecessary = false };
        var client = new BackgroundJobClient(new PostgreSqlStorage(new NpgsqlConnectionFactory(_database.AppConnectionString, options), options));
        var jobs = Enumerable.Range(0, 4).Select(_ => long.Parse(client.Schedule<TenantJobRunner<OutboxCleanupJob, OutboxCleanupArgs>>(
            runner => runner.RunAsync(null, new OutboxCleanupArgs(7), CancellationToken.None), TimeSpan.FromSeconds(2)))).ToList();

        foreach (var job in jobs)
        {
            (await AllTenantsSql.EventuallyAsync(async () => await StatesAsync(job, "Succeeded") >= 1, TimeSpan.FromSeconds(30))).ShouldBeTrue($"job {job}");
        }
        await Task.Delay(2500); // longer than the poll interval: a second run would have started by now
        output.WriteLine($"{jobs.Count} delayed jobs done in {watch.ElapsedMilliseconds} ms");
        foreach (var job in jobs)
        {
            (await StatesAsync(job, "Processing")).ShouldBe(1);
            (await StatesAsync(job, "Succeeded")).ShouldBe(1);
        }
        _a.Output.Concat(_b.Output).Count(l => l.Contains("Outbox cleanup before")).ShouldBe(jobs.Count);
    }

    private Task<long> StatesAsync(long job, string state) => AllTenantsSql.ScalarAsync<long>(_database,
        "SELECT count(*) FROM hangfire.state WHERE jobid = @job AND name = @state", ("job", job), ("state", state));

    private static List<string> HandledMessages(HostProcess host) =>
        [.. host.Output.Select(l => HandledLine().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value)];

    private static async Task<HubConnection> ConnectStaffAsync(HostProcess host, string tenant)
    {
        var token = await Tokens.PasswordAsync(host.CreateClient(), tenant, "boss");
        var connection = new HubConnectionBuilder() // WebSockets on real Kestrel
            .WithUrl(new Uri(host.BaseAddress, StaffHub.Path.TrimStart('/')), o => o.AccessTokenProvider = () => Task.FromResult<string?>(token))
            .Build();
        await connection.StartAsync();
        return connection;
    }

    private static async Task<TenantDto> CreateTenantAsync(HttpClient admin)
    {
        var response = await admin.PostJsonAsync("/api/host/tenants", new CreateTenantDto
        {
            Name = "so-" + Guid.NewGuid().ToString("N")[..10], DisplayName = "扩容测试", ContactName = "张三", ContactPhone = "13900000000",
            EnabledCategories = ["cafe"], AdminUserName = "boss", AdminPassword = TestDatabase.Password,
        });
        return await response.ReadAsAsync<TenantDto>(HttpStatusCode.Created);
    }

    private static HttpClient Authorized(HostProcess host, string token)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task DeleteBrokerObjectsAsync()
    {
        var port = Environment.GetEnvironmentVariable("LOCALLIFE_RABBIT_PORT") ?? "5672";
        await using var connection = await new ConnectionFactory { Uri = new Uri($"amqp://locallife:locallife@127.0.0.1:{port}/") }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueueDeleteAsync(_names, ifUnused: false, ifEmpty: false);
        await channel.ExchangeDeleteAsync(_names, ifUnused: false);
    }

    [GeneratedRegex(@"Handled locallife\.tenancy\.tenant-status-changed ([0-9a-f-]{36})")]
    private static partial Regex HandledLine();
}
