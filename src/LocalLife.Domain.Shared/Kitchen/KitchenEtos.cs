using LocalLife.Eventing;
using LocalLife.Ordering;

namespace LocalLife.Kitchen;

/// <summary>Integration event: a station's ticket was created or changed (queued, started, item done, done, cancelled, priority).</summary>
[EventName("locallife.kitchen.ticket-changed")]
public sealed record KitchenTicketChangedEto(Guid TicketId, Guid TenantId, Guid StoreId, Station Station, Guid OrderId, string OrderNumber, string SpaceNumber,
    TicketStatus Status, OrderPriority Priority, DateTimeOffset At);
