using System.Text.Json;
using LocalLife.EntityFrameworkCore;
using LocalLife.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace LocalLife.Eventing;

/// <summary>
/// Runs the handlers subscribed to a message, each in its own scope and transaction, as the message's tenant. The
/// inbox row is inserted first: a concurrent duplicate waits on its key and then finds it taken, and a handler that
/// already succeeded is skipped when the message comes again after another handler failed.
/// </summary>
public sealed class InboxDispatcher(IServiceScopeFactory scopes, IOptions<DistributedEventOptions> options, ILogger<InboxDispatcher> logger)
{
    public IReadOnlyCollection<string> EventNames => [.. options.Value.Subscriptions.Select(s => s.EventName)];

    public async Task DispatchAsync(IncomingEvent message, CancellationToken ct)
    {
        if (options.Value.Find(message.EventName) is not { } subscription) return; // nobody here listens
        foreach (var handlerType in subscription.HandlerTypes)
            await RunAsync(message, subscription.EtoType, handlerType, ct);
    }

    private async Task RunAsync(IncomingEvent message, Type etoType, Type handlerType, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        using var tenant = services.GetRequiredService<ICurrentTenant>().Change(message.TenantId);
        var db = services.GetRequiredService<LocalLifeDbContext>();
        var handlerName = EventSubscription.HandlerName(handlerType);

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var inserted = await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO inbox_records (message_id, handler, tenant_id, handled_time) VALUES (@id, @handler, @tenant, @now) ON CONFLICT DO NOTHING",
            [
                new NpgsqlParameter("id", message.MessageId),
                new NpgsqlParameter("handler", handlerName),
                new NpgsqlParameter("tenant", NpgsqlDbType.Uuid) { Value = (object?)message.TenantId ?? DBNull.Value },
                new NpgsqlParameter("now", services.GetRequiredService<TimeProvider>().GetUtcNow()),
            ], ct);
        if (inserted == 0)
        {
            logger.LogInformation("Skipped {EventName} {MessageId} for {Handler}: already handled", message.EventName, message.MessageId, handlerName);
            return;
        }

        var eto = JsonSerializer.Deserialize(message.Payload, etoType, EventJson.Options)
            ?? throw new InvalidOperationException($"Message {message.MessageId} has an empty payload.");
        var handler = services.GetRequiredService(handlerType);
        var handle = typeof(IDistributedEventHandler<>).MakeGenericType(etoType).GetMethod(nameof(IDistributedEventHandler<object>.HandleEventAsync))!;
        await (Task)handle.Invoke(handler, System.Reflection.BindingFlags.DoNotWrapExceptions, null, [eto, ct], null)!;
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        logger.LogInformation("Handled {EventName} {MessageId} with {Handler}", message.EventName, message.MessageId, handlerName);
    }
}
