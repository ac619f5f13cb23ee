using System.Text;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace LocalLife.Eventing;

/// <summary>
/// Consumes the handlers' queue; every host runs one, so the hosts compete and each message goes to one of them. A
/// message is acknowledged after its handlers committed; a failure requeues it after a pause, and the inbox makes a
/// redelivery of an already-applied message a no-op. Failures are counted in the database: after
/// <see cref="EventingOptions.MaxHandlingAttempts"/> the message is acknowledged and kept as a dead letter for an operator, so
/// one poison message does not circle forever. The loop reconnects with backoff while the broker is away.
/// </summary>
internal sealed class RabbitMqEventConsumer(
    IConfiguration configuration,
    IOptions<EventingOptions> options,
    InboxDispatcher dispatcher,
    IServiceScopeFactory scopes,
    ILogger<RabbitMqEventConsumer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var backoff = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ConsumeUntilDisconnectedAsync(stoppingToken);
                backoff = TimeSpan.FromSeconds(1);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                logger.LogWarning("RabbitMQ consumer disconnected ({Error}); reconnecting in {Backoff}", e.Message, backoff);
            }
            try { await Task.Delay(backoff, stoppingToken); } catch (OperationCanceledException) { return; }
            backoff = TimeSpan.FromSeconds(Math.Min(5, backoff.TotalSeconds * 2));
        }
    }

    private async Task ConsumeUntilDisconnectedAsync(CancellationToken ct)
    {
        var settings = options.Value;
        await using var connection = await RabbitMqTopology.Factory(configuration.GetConnectionString("RabbitMq")!, "locallife-consumer").CreateConnectionAsync(ct);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
        await RabbitMqTopology.DeclareAsync(channel, settings, dispatcher.EventNames, ct);
        await channel.BasicQosAsync(0, settings.Prefetch, global: false, ct);

        var closed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        connection.ConnectionShutdownAsync += (_, _) => { closed.TrySetResult(); return Task.CompletedTask; };
        channel.ChannelShutdownAsync += (_, _) => { closed.TrySetResult(); return Task.CompletedTask; };

        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += (_, delivery) => HandleAsync(channel, delivery, ct);
        await channel.BasicConsumeAsync(settings.Queue, autoAck: false, consumer, ct);
        logger.LogInformation("Consuming {Queue} on {Exchange}", settings.Queue, settings.Exchange);
        await closed.Task.WaitAsync(ct);
        throw new InvalidOperationException("connection closed");
    }

    private async Task HandleAsync(IChannel channel, BasicDeliverEventArgs delivery, CancellationToken ct)
    {
        var message = Read(delivery);
        try
        {
            if (message is not null)
            {
                await dispatcher.DispatchAsync(message, ct);
                if (delivery.Redelivered) await WithDeadLettersAsync(q => q.ForgetAsync(message.MessageId, ct));
            }
            else logger.LogError("Dropped a message without a valid id or type from {RoutingKey}", delivery.RoutingKey);
            await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, ct);
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            if (message is not null && await DeadAfterAsync(message, e, ct))
            {
                logger.LogError(e, "Handling {EventName} {MessageId} failed {Attempts} times; set aside as a dead letter", message.EventName,
                    message.MessageId, options.Value.MaxHandlingAttempts);
                if (channel.IsOpen) await channel.BasicAckAsync(delivery.DeliveryTag, multiple: false, ct);
                return;
            }
            logger.LogWarning(e, "Handling {EventName} {MessageId} failed; requeued", message?.EventName, message?.MessageId);
            await Task.Delay(TimeSpan.FromSeconds(1), ct);
            if (channel.IsOpen) await channel.BasicNackAsync(delivery.DeliveryTag, multiple: false, requeue: true, ct);
        }
    }

    /// <summary>Counts the failure; true when it was the last one allowed. When even that cannot be written, the message is simply requeued.</summary>
    private async Task<bool> DeadAfterAsync(IncomingEvent message, Exception error, CancellationToken ct)
    {
        try
        {
            var dead = false;
            await WithDeadLettersAsync(async q => dead = await q.RecordFailureAsync(message, error.Message, options.Value.MaxHandlingAttempts, ct));
            return dead;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning("Could not count the failure of {MessageId}: {Error}", message.MessageId, e.Message);
            return false;
        }
    }

    private async Task WithDeadLettersAsync(Func<DeadLetterQueue, Task> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<DeadLetterQueue>());
    }

    private static IncomingEvent? Read(BasicDeliverEventArgs delivery)
    {
        var properties = delivery.BasicProperties;
        if (!Guid.TryParse(properties.MessageId, out var id) || string.IsNullOrEmpty(properties.Type)) return null;
        Guid? tenantId = properties.Headers?.TryGetValue(RabbitMqTopology.TenantHeader, out var raw) == true && raw is byte[] bytes
            && Guid.TryParse(Encoding.UTF8.GetString(bytes), out var tenant) ? tenant : null;
        return new IncomingEvent(id, properties.Type, tenantId, Encoding.UTF8.GetString(delivery.Body.Span));
    }
}
