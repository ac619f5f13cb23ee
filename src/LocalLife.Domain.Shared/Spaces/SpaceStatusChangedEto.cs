using LocalLife.Eventing;

namespace LocalLife.Spaces;

/// <summary>Integration event: a space's live status changed (customers watching the store and its staff are told).</summary>
[EventName("locallife.spaces.space-status-changed")]
public sealed record SpaceStatusChangedEto(Guid SpaceId, Guid TenantId, Guid StoreId, SpaceStatus From, SpaceStatus To, DateTimeOffset At);
