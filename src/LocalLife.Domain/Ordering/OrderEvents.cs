namespace LocalLife.Ordering;

/// <summary>Domain event: an order moved from one status to another (dispatched inside the saving transaction).</summary>
public sealed record OrderStatusChanged(Guid OrderId, Guid TenantId, Guid StoreId, Guid SpaceId, string SpaceNumber, Guid CustomerId, string Number,
    OrderStatus From, OrderStatus To, DateTimeOffset At);
