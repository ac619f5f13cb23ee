using LocalLife.EntityFrameworkCore;
using LocalLife.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocalLife.Eventing;

/// <summary>
/// Moves due outbox rows to the transport, one batch per call. The cross-tenant reader names the tenants with due rows
/// (oldest first); then, as each tenant in turn, the app's role takes that tenant's due rows with <c>FOR UPDATE SKIP
/// LOCKED</c> inside a transaction, so relays on several hosts share the work and never send the same row at once (the
/// reader cannot lock, and the app's role sees one tenant at a time). A row is marked published only after the transport
/// confirmed it; a crash in between sends it again and the inbox drops it.
/// </summary>
public sealed class OutboxRelay(IServiceScopeFactory scopes, IEventTransport transport, IOptions<EventingOptions> options, ILogger<OutboxRelay> logger)
{
    /// <summary>Returns how many rows it took; throws <see cref="EventTransportUnavailableException"/> when the bus is down.</summary>
    public async Task<int> RelayBatchAsync(CancellationToken ct)
    {
        var batchSize = options.Value.BatchSize;
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var tenants = await services.GetRequiredService<CrossTenantReader>().Db.OutboxMessages
            .Where(m => m.Status == OutboxMessageStatus.Pending && m.NextAttemptTime <= now)
            .GroupBy(m => m.TenantId).OrderBy(g => g.Min(m => m.NextAttemptTime)).Select(g => g.Key)
            .Take(batchSize).ToListAsync(ct);

        var taken = 0;
        foreach (var tenant in tenants)
        {
            if (taken >= batchSize) break;
            using (services.GetRequiredService<ICurrentTenant>().Change(tenant))
                taken += await RelayTenantAsync(services, batchSize - taken, ct);
        }
        return taken;
    }

    /// <summary>Up to <paramref name="take"/> due rows of the current tenant, in one transaction.</summary>
    private async Task<int> RelayTenantAsync(IServiceProvider services, int take, CancellationToken ct)
    {
        var db = services.GetRequiredService<LocalLifeDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();
        db.ChangeTracker.Clear(); // rows of the tenant before are saved: none may be written as this one

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        // Row-level security keeps the statement to the current tenant; the filters are off so EF does not wrap the lock.
        var batch = await db.OutboxMessages.FromSql($"""
            SELECT * FROM outbox_messages WHERE status = 0 AND next_attempt_time <= {now}
            ORDER BY next_attempt_time, id LIMIT {take} FOR UPDATE SKIP LOCKED
            """).IgnoreQueryFilters().ToListAsync(ct);

        EventTransportUnavailableException? unavailable = null;
        foreach (var message in batch)
        {
            try
            {
                await transport.SendAsync(IncomingEvent.From(message), ct);
                message.MarkPublished(clock.GetUtcNow());
            }
            catch (EventTransportUnavailableException e)
            {
                unavailable = e;
                break;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                message.MarkAttemptFailed($"{e.GetType().Name}: {e.Message}", clock.GetUtcNow(), options.Value.MaxAttempts);
                logger.LogWarning(e, "Sending {EventName} {MessageId} failed (attempt {Attempts}, now {Status})",
                    message.EventName, message.Id, message.Attempts, message.Status);
            }
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (unavailable is not null) throw unavailable;
        return batch.Count;
    }
}
