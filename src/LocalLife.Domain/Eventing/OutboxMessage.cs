using LocalLife.MultiTenancy;

namespace LocalLife.Eventing;

/// <summary>
/// An integration event waiting in the outbox. Its id is the message id on the bus and in every inbox. A failed
/// hand-over is retried with growing delays until <c>maxAttempts</c>; then it waits for an operator's retry.
/// </summary>
public class OutboxMessage : IMultiTenant
{
    private OutboxMessage() { } // EF

    public OutboxMessage(Guid id, Guid? tenantId, string eventName, string payload, DateTimeOffset now)
    {
        Id = id;
        TenantId = tenantId;
        EventName = eventName;
        Payload = payload;
        CreationTime = now;
        NextAttemptTime = now;
        Status = OutboxMessageStatus.Pending;
    }

    public Guid Id { get; private set; }
    public Guid? TenantId { get; private set; }
    public string EventName { get; private set; } = null!;
    public string Payload { get; private set; } = null!;
    public DateTimeOffset CreationTime { get; private set; }
    public OutboxMessageStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset NextAttemptTime { get; private set; }
    public DateTimeOffset? LastAttemptTime { get; private set; }
    public DateTimeOffset? PublishedTime { get; private set; }
    public string? LastError { get; private set; }

    public void MarkPublished(DateTimeOffset now)
    {
        Attempts++;
        Status = OutboxMessageStatus.Published;
        LastAttemptTime = now;
        PublishedTime = now;
        LastError = null;
    }

    /// <summary>Backoff doubles from one second, capped at five minutes.</summary>
    public void MarkAttemptFailed(string error, DateTimeOffset now, int maxAttempts)
    {
        Attempts++;
        LastAttemptTime = now;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        if (Attempts >= maxAttempts)
        {
            Status = OutboxMessageStatus.Failed;
            return;
        }
        var delay = TimeSpan.FromSeconds(Math.Min(300, Math.Pow(2, Attempts - 1)));
        NextAttemptTime = now + delay;
    }

    /// <summary>An operator sends a failed message again, with a fresh count of attempts.</summary>
    public void Retry(DateTimeOffset now)
    {
        if (Status != OutboxMessageStatus.Failed)
            throw new Errors.BusinessException(EventingErrorCodes.MessageNotFailed).With("Status", Status);
        Status = OutboxMessageStatus.Pending;
        Attempts = 0;
        NextAttemptTime = now;
    }

    public const int MaxErrorLength = 2000;
}
