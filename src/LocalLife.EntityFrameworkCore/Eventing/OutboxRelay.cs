using LocalLife.EntityFrameworkCore;
using LocalLife.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocalLife.Eventing;

/// <summary>
/// Moves due outbox rows to the transport, one batch per call. Rows are taken with <c>FOR UPDATE SKIP LOCKED</c> inside
/// the batch's transaction, so relays on several hosts share the work and never send the same row at once. A row is
/// marked published only after the transport confirmed it; a crash in between sends it again and the inbox drops it.
/// </summary>
public sealed class OutboxRelay(IServiceScopeFactory scopes, IEventTransport transport, IOptions<EventingOptions> options, ILogger<OutboxRelay> logger)
{
    /// <summary>Returns how many rows it took; throws <see cref="EventTransportUnavailableException"/> when the bus is down.</summary>
    public async Task<int> RelayBatchAsync(CancellationToken ct)
    {
        var settings = options.Value;
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var allTenants = services.GetRequiredService<IDataFilter>().Disable<IMultiTenant>();
        var db = services.GetRequiredService<LocalLifeDbContext>();
        var clock = services.GetRequiredService<TimeProvider>();

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var batch = await db.OutboxMessages.FromSql($"""
            SELECT * FROM outbox_messages WHERE status = 0 AND next_attempt_time <= {now}
            ORDER BY next_attempt_time, id LIMIT {settings.BatchSize} FOR UPDATE SKIP LOCKED
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
                message.MarkAttemptFailed($"{e.GetType().Name}: {e.Message}", clock.GetUtcNow(), settings.MaxAttempts);
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
