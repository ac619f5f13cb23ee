using LocalLife.Eventing;

namespace LocalLife.Dispatch;

/// <summary>Integration event: a delivery task was created, assigned, accepted, picked up, delivered or cancelled.</summary>
[EventName("locallife.dispatch.delivery-task-changed")]
public sealed record DeliveryTaskChangedEto(Guid TaskId, Guid TenantId, Guid StoreId, Guid? WaiterId, Guid? PreviousWaiterId, DeliveryTaskStatus Status,
    IReadOnlyList<Guid> OrderIds, IReadOnlyList<string> SpaceNumbers, DateTimeOffset At);
