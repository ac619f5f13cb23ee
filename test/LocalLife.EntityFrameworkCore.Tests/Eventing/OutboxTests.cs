using System.Security.Claims;
using LocalLife.BackgroundJobs;
using LocalLife.EntityFrameworkCore;
using LocalLife.MultiTenancy;
using LocalLife.Permissions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace LocalLife.Eventing;

[Collection(DatabaseCollection.Name)]
public sealed class OutboxTests(TestDatabase database) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2030, 1, 1, 8, 0, 0, TimeSpan.Zero));
    private readonly HandlerLog _log = new();
    private ServiceProvider _services = null!;
    private Guid _ktv;

    public async Task InitializeAsync()
    {
        _services = TestServices.Create(database, services =>
        {
            services.Replace(ServiceDescriptor.Singleton<TimeProvider>(_clock));
            services.AddSingleton(_log);
            services.AddDistributedEventHandler<ThingHappenedEto, RecordingHandler>();
        });
        await using var db = await AllTenantsDbAsync();
        _ktv = (await db.Tenants.SingleAsync(t => t.Name == "ktv-demo")).Id;
        // Each test starts from an empty outbox: rows of other tests must not be relayed here.
        await db.Database.ExecuteSqlRawAsync("DELETE FROM outbox_messages; DELETE FROM inbox_records;");
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task An_event_is_stored_with_the_change_and_its_tenant_or_not_at_all()
    {
        var kept = Guid.NewGuid();
        var rolledBack = Guid.NewGuid();
        await PublishAsync(_ktv, kept, commit: true);
        await PublishAsync(_ktv, rolledBack, commit: false);

        var rows = await OutboxRowsAsync();
        rows.Count.ShouldBe(1);
        rows[0].TenantId.ShouldBe(_ktv);
        rows[0].Status.ShouldBe(OutboxMessageStatus.Pending);
        rows[0].Payload.ShouldContain(kept.ToString());
    }

    [Fact]
    public async Task The_relay_runs_the_handler_as_the_events_tenant_and_a_redelivery_is_applied_once()
    {
        var thing = Guid.NewGuid();
        await PublishAsync(_ktv, thing, commit: true);
        (await Relay().RelayBatchAsync(CancellationToken.None)).ShouldBe(1);

        var message = (await OutboxRowsAsync()).Single();
        message.Status.ShouldBe(OutboxMessageStatus.Published);
        // The broker may deliver again (a crash before the ack): the inbox turns it into a no-op.
        await _services.GetRequiredService<InboxDispatcher>().DispatchAsync(IncomingEvent.From(message), CancellationToken.None);
        await _services.GetRequiredService<InboxDispatcher>().DispatchAsync(IncomingEvent.From(message), CancellationToken.None);

        _log.Handled.ShouldBe([(thing, (Guid?)_ktv)]);
        await using var db = await AllTenantsDbAsync();
        (await db.InboxRecords.IgnoreQueryFilters().CountAsync(r => r.MessageId == message.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_failing_handler_is_retried_with_growing_delays_then_marked_failed_until_an_operator_retries()
    {
        _log.FailuresLeft = 1000;
        await PublishAsync(_ktv, Guid.NewGuid(), commit: true);
        var relay = Relay();

        (await relay.RelayBatchAsync(CancellationToken.None)).ShouldBe(1);
        var first = (await OutboxRowsAsync()).Single();
        first.Attempts.ShouldBe(1);
        first.NextAttemptTime.ShouldBe(_clock.GetUtcNow().AddSeconds(1));
        first.LastError!.ShouldContain("handler failed on purpose");
        (await relay.RelayBatchAsync(CancellationToken.None)).ShouldBe(0); // not due yet

        for (var attempt = 2; attempt <= 10; attempt++)
        {
            _clock.Advance(TimeSpan.FromMinutes(5));
            (await relay.RelayBatchAsync(CancellationToken.None)).ShouldBe(1);
        }
        var failed = (await OutboxRowsAsync()).Single();
        failed.Status.ShouldBe(OutboxMessageStatus.Failed);
        failed.Attempts.ShouldBe(10);
        _clock.Advance(TimeSpan.FromDays(1));
        (await relay.RelayBatchAsync(CancellationToken.None)).ShouldBe(0);

        _log.FailuresLeft = 0;
        // The retry is a use case: it checks its permission for this caller too (a client holding Events.Retry).
        _services.GetRequiredService<TestCurrentUser>().Principal = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim("sub", "operator-console"), new Claim(LocalLifeClaimTypes.Permission, LocalLifePermissions.Events.Retry)], "test"));
        await using (var scope = _services.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<IEventAdminAppService>().RetryAsync(failed.Id, CancellationToken.None);
        (await relay.RelayBatchAsync(CancellationToken.None)).ShouldBe(1);
        (await OutboxRowsAsync()).Single().Status.ShouldBe(OutboxMessageStatus.Published);
        _log.Handled.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Relays_on_several_hosts_share_the_outbox_without_sending_a_row_twice()
    {
        for (var i = 0; i < 60; i++) await PublishAsync(i % 2 == 0 ? _ktv : null, Guid.NewGuid(), commit: true);
        var transport = new CountingTransport();
        var relays = Enumerable.Range(0, 3).Select(_ => new OutboxRelay(_services.GetRequiredService<IServiceScopeFactory>(), transport,
            Microsoft.Extensions.Options.Options.Create(new EventingOptions { BatchSize = 7 }),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<OutboxRelay>.Instance)).ToList();

        await Task.WhenAll(relays.Select(async relay => { while (await relay.RelayBatchAsync(CancellationToken.None) > 0) { } }));

        transport.Sent.Count.ShouldBe(60);
        transport.Sent.Values.ShouldAllBe(n => n == 1);
        (await OutboxRowsAsync()).ShouldAllBe(m => m.Status == OutboxMessageStatus.Published);
    }

    [Fact]
    public async Task Cleanup_deletes_only_processed_rows_older_than_the_retention()
    {
        await PublishAsync(_ktv, Guid.NewGuid(), commit: true);
        await Relay().RelayBatchAsync(CancellationToken.None); // published and handled (inbox) now
        _clock.Advance(TimeSpan.FromDays(8));
        await PublishAsync(_ktv, Guid.NewGuid(), commit: true); // still pending: must stay whatever its age

        await using (var scope = _services.CreateAsyncScope())
            await ActivatorUtilities.CreateInstance<OutboxCleanupJob>(scope.ServiceProvider).ExecuteAsync(new OutboxCleanupArgs(7), CancellationToken.None);

        (await OutboxRowsAsync()).ShouldHaveSingleItem().Status.ShouldBe(OutboxMessageStatus.Pending);
        await using var db = await AllTenantsDbAsync();
        (await db.InboxRecords.IgnoreQueryFilters().CountAsync()).ShouldBe(0);
    }

    private OutboxRelay Relay() => _services.GetRequiredService<OutboxRelay>();

    private async Task PublishAsync(Guid? tenantId, Guid thing, bool commit)
    {
        await using var scope = _services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<LocalLifeDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        await scope.ServiceProvider.GetRequiredService<IDistributedEventBus>().PublishAsync(new ThingHappenedEto(thing, "test"), CancellationToken.None);
        await db.SaveChangesAsync();
        if (commit) await transaction.CommitAsync();
    }

    private async Task<List<OutboxMessage>> OutboxRowsAsync()
    {
        await using var db = await AllTenantsDbAsync();
        return await db.OutboxMessages.IgnoreQueryFilters().AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    /// <summary>The owner is bound by the forced policies too: the test looks at every tenant as the server's superuser.</summary>
    private async Task<LocalLifeDbContext> AllTenantsDbAsync()
    {
        var db = LocalLifeDbContextFactory.Create(database.SuperuserConnectionString);
        await db.Database.OpenConnectionAsync();
        return db;
    }
}
