namespace LocalLife.Dispatch;

public sealed record FloorPointDto(int Floor, int X, int Y);

public sealed record WaiterDutyDto(Guid UserId, Guid StoreId, string Name, bool OnDuty, FloorPointDto Position, Guid? LastSpaceId, int OpenTasks);

/// <summary>On or off duty. The position is a space (its floor-plan point) or a point given directly (a zone); neither keeps the last one.</summary>
public sealed record SetDutyDto
{
    public bool OnDuty { get; init; } = true;
    public Guid? SpaceId { get; init; }
    public FloorPointDto? Position { get; init; }
}

/// <summary>The front desk's choice of waiter for a delivery task.</summary>
public sealed record AssignDeliveryTaskDto
{
    public Guid WaiterId { get; init; }
}

public sealed record DeliveryStopDto(Guid OrderId, string OrderNumber, Guid SpaceId, string SpaceNumber, FloorPointDto Position, DateTimeOffset ReadyAt,
    DateTimeOffset? DeliveredAt);

public sealed record DeliveryTaskDto(
    Guid Id,
    Guid StoreId,
    DeliveryTaskStatus Status,
    Guid? WaiterId,
    IReadOnlyList<DeliveryStopDto> Stops,
    DateTimeOffset CreatedAt,
    DateTimeOffset? AssignedAt,
    DateTimeOffset? AcceptBy,
    DateTimeOffset? AcceptedAt,
    DateTimeOffset? PickedUpAt,
    DateTimeOffset? DeliveredAt);

public sealed record GetDeliveryTasksInput
{
    /// <summary>Only the caller's own tasks.</summary>
    public bool Mine { get; init; }
    public bool OpenOnly { get; init; } = true;
}

/// <summary>Delivery statistics of a store's delivered tasks: minutes from ready to delivered.</summary>
public sealed record DeliveryStatsDto(int Delivered, double AverageMinutes, double MaxMinutes);

public interface IDispatchAppService
{
    Task<WaiterDutyDto> SetDutyAsync(Guid storeId, SetDutyDto input, CancellationToken ct);
    Task<IReadOnlyList<WaiterDutyDto>> GetWaitersAsync(Guid storeId, CancellationToken ct);
    Task<IReadOnlyList<DeliveryTaskDto>> GetTasksAsync(Guid storeId, GetDeliveryTasksInput input, CancellationToken ct);
    Task<DeliveryTaskDto> AcceptAsync(Guid taskId, CancellationToken ct);
    Task<DeliveryTaskDto> DeclineAsync(Guid taskId, CancellationToken ct);
    Task<DeliveryTaskDto> AssignAsync(Guid taskId, AssignDeliveryTaskDto input, CancellationToken ct);
    Task<DeliveryTaskDto> PickUpAsync(Guid taskId, CancellationToken ct);
    Task<DeliveryTaskDto> DeliverAsync(Guid taskId, Guid orderId, CancellationToken ct);
    Task<DeliveryStatsDto> GetStatsAsync(Guid storeId, CancellationToken ct);
}
