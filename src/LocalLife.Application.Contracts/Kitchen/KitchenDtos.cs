using LocalLife.Ordering;

namespace LocalLife.Kitchen;

public sealed record TicketItemDto(Guid LineId, Guid ProductId, string Name, IReadOnlyList<string> Options, int Quantity, string? Note, int PrepMinutes, bool Done);

public sealed record KitchenTicketDto(
    Guid Id,
    Guid StoreId,
    Guid OrderId,
    string OrderNumber,
    Guid SpaceId,
    string SpaceNumber,
    string? OrderNote,
    Station Station,
    OrderPriority Priority,
    TicketStatus Status,
    IReadOnlyList<TicketItemDto> Items,
    DateTimeOffset QueuedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? DoneAt,
    bool Delayed,
    int DelayMinutes);

/// <summary>The same product with the same options across open tickets, to be made at once ("5 × mango tea, large").</summary>
public sealed record TicketBatchDto(Guid ProductId, string Name, IReadOnlyList<string> Options, int Quantity, int Tickets, IReadOnlyList<Guid> TicketIds,
    DateTimeOffset EarliestDueAt);

/// <summary>A station's display: open tickets by priority then due time, and the not-yet-made items merged by product and options.</summary>
public sealed record StationFeedDto(Guid StoreId, Station Station, DateTimeOffset At, IReadOnlyList<KitchenTicketDto> Tickets, IReadOnlyList<TicketBatchDto> Batches,
    int DelayedCount);

public sealed record PrioritizeOrderDto
{
    public OrderPriority Priority { get; init; }
}

public interface IKitchenAppService
{
    Task<StationFeedDto> GetFeedAsync(Guid storeId, Station station, CancellationToken ct);
    Task<IReadOnlyList<KitchenTicketDto>> GetOrderTicketsAsync(Guid orderId, CancellationToken ct);
    Task<KitchenTicketDto> StartAsync(Guid ticketId, CancellationToken ct);
    Task<KitchenTicketDto> FinishAsync(Guid ticketId, CancellationToken ct);
    Task<KitchenTicketDto> FinishItemAsync(Guid ticketId, Guid lineId, CancellationToken ct);
    Task<IReadOnlyList<KitchenTicketDto>> PrioritizeAsync(Guid orderId, PrioritizeOrderDto input, CancellationToken ct);
}
