using LocalLife.Entities;
using LocalLife.MultiTenancy;

namespace LocalLife.Spaces;

/// <summary>One line of a space's status history: from, to, when, who and why.</summary>
public class SpaceStatusRecord : Entity<Guid>, IMultiTenant
{
    private SpaceStatusRecord() { } // EF

    public SpaceStatusRecord(SpaceStatusChanged e) : base(Guid.CreateVersion7())
    {
        TenantId = e.TenantId;
        SpaceId = e.SpaceId;
        StoreId = e.StoreId;
        From = e.From;
        To = e.To;
        At = e.At;
        ByUserId = e.ByUserId;
        Reason = e.Reason;
    }

    public Guid? TenantId { get; private set; }
    public Guid SpaceId { get; private set; }
    public Guid StoreId { get; private set; }
    public SpaceStatus From { get; private set; }
    public SpaceStatus To { get; private set; }
    public DateTimeOffset At { get; private set; }
    public Guid? ByUserId { get; private set; }
    public string? Reason { get; private set; }
}
