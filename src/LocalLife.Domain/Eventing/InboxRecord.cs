using LocalLife.MultiTenancy;

namespace LocalLife.Eventing;

/// <summary>That one handler has applied one message; its key (message id, handler) makes a redelivery a no-op.</summary>
public class InboxRecord : IMultiTenant
{
    private InboxRecord() { } // EF

    public InboxRecord(Guid messageId, string handler, Guid? tenantId, DateTimeOffset handledTime)
    {
        MessageId = messageId;
        Handler = handler;
        TenantId = tenantId;
        HandledTime = handledTime;
    }

    public Guid MessageId { get; private set; }
    public string Handler { get; private set; } = null!;
    public Guid? TenantId { get; private set; }
    public DateTimeOffset HandledTime { get; private set; }
}
