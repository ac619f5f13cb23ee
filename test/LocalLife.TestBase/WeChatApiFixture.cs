using System.Collections.Concurrent;
using LocalLife.Entities;
using LocalLife.Payments;
using LocalLife.WeChat.Simulator;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace LocalLife.Testing;

/// <summary>
/// The real host on Kestrel at 127.0.0.1 (real HTTP, as WeChat's callbacks need) with the WeChat simulator mounted
/// under /wechat-sim exactly as a demo runs it, in Partner mode; payment domain events are recorded.
/// </summary>
public class WeChatApiFixture : ApiFixture
{
    public const string AppId = "wxtest00000000000001";
    public const string MchId = "1900000100";
    public const string ApiV3Key = "test0apiv3key0000000000000000001";
    public const string OrderStatusTemplateId = "tmpl-order-status-test";

    public PaymentEventLog Events { get; } = new();
    public WeChatSimulator Simulator => Factory.Services.GetRequiredService<WeChatSimulator>();

    /// <summary>http://127.0.0.1:{port}, where the host listens.</summary>
    public string Root { get; private set; } = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Factory.StartServer();
        Root = Factory.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First().TrimEnd('/');
        // A refused notification is retried quickly, so tests of refusals do not wait WeChat's real back-off.
        Simulator.Options.NotificationRetryDelays = [TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(40)];
    }

    public override async Task DisposeAsync()
    {
        // No refund settlement or notification retry may still be talking to the host while its database is dropped.
        await Simulator.WhenSettledAsync();
        await Factory.DisposeAsync();
        await WaitUntilTheHostHasLeftTheDatabaseAsync();
        await Database.DisposeAsync();
    }

    /// <summary>
    /// Kestrel's last requests may still be handing their connections back when the host has stopped; the owner may
    /// not terminate the app role's sessions, so the drop waits for them to close (a few hundred ms at most).
    /// </summary>
    private async Task WaitUntilTheHostHasLeftTheDatabaseAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Database.OwnerConnectionString.Replace(Database.Name, "postgres", StringComparison.Ordinal));
        await connection.OpenAsync();
        for (var attempt = 0; attempt < 50; attempt++)
        {
            await using var count = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE datname = @db AND pid <> pg_backend_pid()", connection);
            count.Parameters.AddWithValue("db", Database.Name);
            if ((long)(await count.ExecuteScalarAsync())! == 0) return;
            NpgsqlConnection.ClearAllPools();
            await Task.Delay(100);
        }
    }

    protected override LocalLifeApiFactory CreateFactory()
    {
        var factory = new LocalLifeApiFactory(Database, new Dictionary<string, string?>
        {
            ["WeChat:Simulator:Enabled"] = "true",
            ["WeChat:MiniProgram:AppId"] = AppId,
            ["WeChat:MiniProgram:AppSecret"] = "sim-test-secret",
            ["WeChat:Pay:Mode"] = "Partner",
            ["WeChat:Pay:MchId"] = MchId,
            ["WeChat:Pay:SpAppId"] = AppId,
            ["WeChat:Pay:MerchantSerialNo"] = "TEST0000000000000000000000000000000000001",
            ["WeChat:Pay:ApiV3Key"] = ApiV3Key,
            ["Notifications:OrderStatusTemplateId"] = OrderStatusTemplateId,
        }, services =>
        {
            services.AddSingleton<IDomainEventHandler<PaymentSucceeded>>(Events);
            services.AddSingleton<IDomainEventHandler<PaymentRefunded>>(Events);
            services.AddSingleton<IDomainEventHandler<PaymentClosed>>(Events);
        });
        factory.UseKestrel(0);
        return factory;
    }

    protected override Uri ClientBaseAddress => new(Root);

    public HttpClient CreateRootClient() => new() { BaseAddress = new Uri(Root) };
}

/// <summary>Every payment domain event the host handled, in order.</summary>
public sealed class PaymentEventLog :
    IDomainEventHandler<PaymentSucceeded>, IDomainEventHandler<PaymentRefunded>, IDomainEventHandler<PaymentClosed>
{
    public ConcurrentQueue<object> All { get; } = new();

    public IEnumerable<T> Of<T>() => All.OfType<T>();

    public Task HandleAsync(PaymentSucceeded domainEvent, CancellationToken ct) => Record(domainEvent);
    public Task HandleAsync(PaymentRefunded domainEvent, CancellationToken ct) => Record(domainEvent);
    public Task HandleAsync(PaymentClosed domainEvent, CancellationToken ct) => Record(domainEvent);

    private Task Record(object domainEvent)
    {
        All.Enqueue(domainEvent);
        return Task.CompletedTask;
    }
}
