namespace LocalLife.Eventing;

/// <summary>Where an outboxed integration event is: waiting (or retrying), handed to the bus, or given up on.</summary>
public enum OutboxMessageStatus
{
    Pending = 0,
    Published = 1,
    Failed = 2,
}
