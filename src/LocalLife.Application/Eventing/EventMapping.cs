namespace LocalLife.Eventing;

internal static class EventMapping
{
    public static OutboxMessageDto ToDto(this OutboxMessage m) =>
        new(m.Id, m.EventName, m.TenantId, m.Status, m.Attempts, m.LastError, m.CreationTime, m.LastAttemptTime, m.PublishedTime);

    public static DeadLetterDto ToDto(this DeadLetter d) =>
        new(d.MessageId, d.EventName, d.TenantId, d.Status, d.Attempts, d.LastError, d.FirstFailedTime, d.LastFailedTime, d.ResolvedTime);
}
