namespace LocalLife.Eventing;

/// <summary>
/// A received message one of whose handlers kept failing. Counted while the broker redelivers it; after the consumer's limit it
/// is acknowledged (so it stops blocking the queue) and kept here, dead, until an operator runs it again. Host-side: the tenant
/// id is the message's, for the operator to see.
/// </summary>
public class DeadLetter
{
    public const int MaxErrorLength = 2000;

    private DeadLetter() { } // EF

    public Guid MessageId { get; private set; }
    public string EventName { get; private set; } = null!;
    public Guid? TenantId { get; private set; }
    public string Payload { get; private set; } = null!;
    public DeadLetterStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    public DateTimeOffset FirstFailedTime { get; private set; }
    public DateTimeOffset LastFailedTime { get; private set; }
    public DateTimeOffset? ResolvedTime { get; private set; }

    /// <summary>An operator's run went through: every handler has applied it.</summary>
    public void Resolve(DateTimeOffset now)
    {
        Status = DeadLetterStatus.Resolved;
        ResolvedTime = now;
    }

    /// <summary>An operator's run failed again: still dead, with the new error.</summary>
    public void FailedAgain(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Truncate(MaxErrorLength);
        LastFailedTime = now;
    }
}

/// <summary>The dead letters as operators see them, and running one again.</summary>
public interface IDeadLetterQueue
{
    Task<(IReadOnlyList<DeadLetter> Items, int TotalCount)> GetPageAsync(DeadLetterStatus? status, int skip, int take, CancellationToken ct);

    Task<long> CountAsync(DeadLetterStatus status, CancellationToken ct);

    /// <summary>Runs the message's handlers now (those that already applied it are skipped) and records how it went.</summary>
    Task<DeadLetter> RetryAsync(Guid messageId, CancellationToken ct);
}
