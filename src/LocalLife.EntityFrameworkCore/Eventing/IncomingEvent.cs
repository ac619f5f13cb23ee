namespace LocalLife.Eventing;

/// <summary>A message as it travels: outbox → transport → inbox. <see cref="MessageId"/> is the outbox row's id.</summary>
public sealed record IncomingEvent(Guid MessageId, string EventName, Guid? TenantId, string Payload)
{
    public static IncomingEvent From(OutboxMessage message) => new(message.Id, message.EventName, message.TenantId, message.Payload);
}
