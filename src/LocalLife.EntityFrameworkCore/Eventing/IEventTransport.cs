namespace LocalLife.Eventing;

/// <summary>
/// Hands an outboxed event over: to RabbitMQ (confirmed by the broker) or, with no broker configured, straight to
/// this process's handlers. Returning means the event is safe; throwing means the relay tries again later.
/// </summary>
public interface IEventTransport
{
    Task SendAsync(IncomingEvent message, CancellationToken ct);
}

/// <summary>The transport cannot be reached at all: not the message's fault, so it costs the message no attempt.</summary>
public sealed class EventTransportUnavailableException(string message, Exception? inner = null) : Exception(message, inner);
