using System.Collections.Concurrent;

namespace LocalLife.Eventing;

[EventName("locallife.test.thing-happened")]
public sealed record ThingHappenedEto(Guid ThingId, string What);

/// <summary>Records what it handled, as which tenant; fails while <see cref="FailuresLeft"/> is positive.</summary>
public sealed class RecordingHandler(MultiTenancy.ICurrentTenant currentTenant, HandlerLog log) : IDistributedEventHandler<ThingHappenedEto>
{
    public Task HandleEventAsync(ThingHappenedEto eto, CancellationToken ct)
    {
        if (Interlocked.Decrement(ref log.FailuresLeft) >= 0) throw new InvalidOperationException("handler failed on purpose");
        log.Handled.Add((eto.ThingId, currentTenant.Id));
        return Task.CompletedTask;
    }
}

public sealed class HandlerLog
{
    public int FailuresLeft;
    public ConcurrentBag<(Guid ThingId, Guid? TenantId)> Handled { get; } = [];
}

/// <summary>A transport that only counts: for relay tests that are about taking rows, not about handlers.</summary>
public sealed class CountingTransport : IEventTransport
{
    public ConcurrentDictionary<Guid, int> Sent { get; } = new();

    public async Task SendAsync(IncomingEvent message, CancellationToken ct)
    {
        await Task.Delay(2, ct); // long enough for two relays to overlap
        Sent.AddOrUpdate(message.MessageId, 1, (_, n) => n + 1);
    }
}
