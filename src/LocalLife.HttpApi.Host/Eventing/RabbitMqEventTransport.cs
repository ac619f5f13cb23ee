using System.Text;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace LocalLife.Eventing;

/// <summary>
/// Publishes outboxed events to the topic exchange with publisher confirms: <see cref="SendAsync"/> returns only once
/// the broker has taken the (persistent) message. A lost connection is dropped and opened again on the next call.
/// </summary>
internal sealed class RabbitMqEventTransport(IConfiguration configuration, IOptions<EventingOptions> options, InboxDispatcher dispatcher)
    : IEventTransport, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IConnection? _connection;
    private IChannel? _channel;

    public async Task SendAsync(IncomingEvent message, CancellationToken ct)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var channel = await OpenAsync(ct);
            var properties = new BasicProperties
            {
                MessageId = message.MessageId.ToString(),
                Type = message.EventName,
                ContentType = "application/json",
                DeliveryMode = DeliveryModes.Persistent,
                Headers = new Dictionary<string, object?> { [RabbitMqTopology.TenantHeader] = message.TenantId?.ToString() ?? "" },
            };
            await channel.BasicPublishAsync(options.Value.Exchange, message.EventName, mandatory: false, properties, Encoding.UTF8.GetBytes(message.Payload), ct);
        }
        catch (Exception e) when (e is BrokerUnreachableException or AlreadyClosedException or OperationInterruptedException or IOException
                                      || e is TimeoutException)
        {
            await CloseAsync();
            throw new EventTransportUnavailableException($"RabbitMQ unavailable: {e.Message}", e);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IChannel> OpenAsync(CancellationToken ct)
    {
        if (_channel is { IsOpen: true }) return _channel;
        await CloseAsync();
        var uri = configuration.GetConnectionString("RabbitMq")!;
        _connection = await RabbitMqTopology.Factory(uri, "locallife-relay").CreateConnectionAsync(ct);
        _channel = await _connection.CreateChannelAsync(new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), ct);
        await RabbitMqTopology.DeclareAsync(_channel, options.Value, dispatcher.EventNames, ct);
        return _channel;
    }

    private async Task CloseAsync()
    {
        try { if (_channel is not null) await _channel.DisposeAsync(); } catch (Exception) { /* already broken */ }
        try { if (_connection is not null) await _connection.DisposeAsync(); } catch (Exception) { /* already broken */ }
        _channel = null;
        _connection = null;
    }

    public async ValueTask DisposeAsync() => await CloseAsync();
}
