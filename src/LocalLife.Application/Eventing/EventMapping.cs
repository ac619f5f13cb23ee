namespace LocalLife.Eventing;

internal static class EventMapping
{
    public static OutboxMessageDto ToDto(this OutboxMessage m) =>
        new(m.Id, m.EventName, m.TenantId, m.Status, m.Attempts, m.LastError, m.CreationTime, m.LastAttemptTime, m.PublishedTime);
}
