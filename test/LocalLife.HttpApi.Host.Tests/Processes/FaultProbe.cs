using System.Collections.Concurrent;
using LocalLife.Eventing;

namespace LocalLife.Processes;

[EventName("locallife.test.fault-probe")]
public sealed record FaultProbeEto(Guid ProbeId);

/// <summary>Counts how often each probe was applied: the fault tests want every one exactly once.</summary>
public sealed class FaultProbeHandler(FaultProbeLog log) : IDistributedEventHandler<FaultProbeEto>
{
    public Task HandleEventAsync(FaultProbeEto eto, CancellationToken ct)
    {
        log.Applied.AddOrUpdate(eto.ProbeId, 1, (_, n) => n + 1);
        return Task.CompletedTask;
    }
}

public sealed class FaultProbeLog
{
    public ConcurrentDictionary<Guid, int> Applied { get; } = new();
}
