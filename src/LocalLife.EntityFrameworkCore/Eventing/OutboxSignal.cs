namespace LocalLife.Eventing;

/// <summary>
/// Wakes this host's relay as soon as a SaveChanges wrote outbox rows, so events leave in milliseconds instead of
/// at the next poll. Other hosts find the rows by polling.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try { _signal.Release(); } catch (SemaphoreFullException) { } // already signalled
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}
