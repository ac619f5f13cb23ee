using LocalLife.Eventing;

namespace LocalLife.Spaces;

/// <summary>Integration event: a space's live status changed (committed); the mini-program and staff boards show it.</summary>
[EventName("locallife.spaces.space-status-changed")]
public sealed record SpaceStatusChangedEto(Guid SpaceId, Guid TenantId, Guid StoreId, SpaceStatus Status, DateTimeOffset At);
