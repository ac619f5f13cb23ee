namespace LocalLife.Spaces;

/// <summary>Raised on every live-status change: recorded in the history and pushed to customers watching the store.</summary>
public sealed record SpaceStatusChanged(
    Guid SpaceId, Guid TenantId, Guid StoreId, SpaceStatus From, SpaceStatus To, DateTimeOffset At, Guid? ByUserId, string? Reason);
