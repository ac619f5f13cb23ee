using LocalLife.Entities;
using LocalLife.MultiTenancy;

namespace LocalLife.Dispatch;

/// <summary>A waiter's shift state in one store: on or off duty and where they are (the last space they served, or a zone they set).</summary>
public class WaiterDuty : AggregateRoot<Guid>, IMultiTenant
{
    private WaiterDuty() { } // EF

    public WaiterDuty(Guid id, Guid tenantId, Guid storeId, Guid userId, string name) : base(id)
    {
        TenantId = tenantId;
        StoreId = storeId;
        UserId = userId;
        Name = name;
        Position = new FloorPoint(1, 0, 0);
    }

    public Guid? TenantId { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid UserId { get; private set; }
    public string Name { get; private set; } = null!;
    public bool OnDuty { get; private set; }
    public FloorPoint Position { get; private set; } = null!;
    public Guid? LastSpaceId { get; private set; }
    public DateTimeOffset? SinceAt { get; private set; }

    public void GoOnDuty(FloorPoint? position, Guid? spaceId, DateTimeOffset now)
    {
        if (!OnDuty) SinceAt = now;
        OnDuty = true;
        if (position is not null) MoveTo(position, spaceId);
    }

    public void GoOffDuty(DateTimeOffset now)
    {
        OnDuty = false;
        SinceAt = now;
    }

    public void MoveTo(FloorPoint position, Guid? spaceId)
    {
        Position = position;
        LastSpaceId = spaceId;
    }
}
