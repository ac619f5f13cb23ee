using LocalLife.Eventing;

namespace LocalLife.Tenancy;

/// <summary>Integration event: a merchant was activated or deactivated by the platform.</summary>
[EventName("locallife.tenancy.tenant-status-changed")]
public sealed record TenantStatusChangedEto(Guid TenantId, TenantStatus Status, DateTimeOffset ChangedAt);
