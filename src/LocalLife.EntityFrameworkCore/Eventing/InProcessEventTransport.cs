namespace LocalLife.Eventing;

/// <summary>The embedded default: with no broker, the relay runs the subscribed handlers itself, with the same inbox.</summary>
public sealed class InProcessEventTransport(InboxDispatcher dispatcher) : IEventTransport
{
    public Task SendAsync(IncomingEvent message, CancellationToken ct) => dispatcher.DispatchAsync(message, ct);
}
