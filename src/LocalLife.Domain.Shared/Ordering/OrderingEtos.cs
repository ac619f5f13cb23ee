using LocalLife.Eventing;

namespace LocalLife.Ordering;

/// <summary>Integration event: an order's status changed (paid, accepted, … completed, cancelled, exception).</summary>
[EventName("locallife.ordering.order-status-changed")]
public sealed record OrderStatusChangedEto(Guid OrderId, Guid TenantId, Guid StoreId, Guid SpaceId, string SpaceNumber, Guid CustomerId, string Number,
    OrderStatus From, OrderStatus To, DateTimeOffset At);

/// <summary>Integration event: a paid order waited longer than the accept window; the store's managers are alerted.</summary>
[EventName("locallife.ordering.order-escalated")]
public sealed record OrderEscalatedEto(Guid OrderId, Guid TenantId, Guid StoreId, string SpaceNumber, string Number, DateTimeOffset PaidAt, DateTimeOffset At);

/// <summary>Integration event: a product's stock fell to or below its warning threshold.</summary>
[EventName("locallife.ordering.stock-low")]
public sealed record StockLowEto(Guid ProductId, Guid TenantId, Guid StoreId, string Name, int Stock, int Threshold);
