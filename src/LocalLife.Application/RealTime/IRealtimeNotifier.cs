namespace LocalLife.RealTime;

/// <summary>
/// Pushes live updates to the hubs' groups. Callers name the audience by ids; the group names are built here and in
/// the hubs only (<see cref="RealtimeGroups"/>), never from client input. A push is best effort: when the backplane is
/// down it is logged and dropped, it never fails the caller's use case.
/// </summary>
public interface IRealtimeNotifier
{
    /// <summary>Every connected staff member of the tenant.</summary>
    Task ToTenantStaffAsync(Guid tenantId, string method, object payload, CancellationToken ct);

    /// <summary>Staff of the tenant holding <paramref name="role"/> (front desk, kitchen, waiter…).</summary>
    Task ToRoleAsync(Guid tenantId, string role, string method, object payload, CancellationToken ct);

    /// <summary>Staff of the tenant who joined the store.</summary>
    Task ToStoreStaffAsync(Guid tenantId, Guid storeId, string method, object payload, CancellationToken ct);

    /// <summary>A kitchen or bar station of a store.</summary>
    Task ToStationAsync(Guid tenantId, Guid storeId, string station, string method, object payload, CancellationToken ct);

    /// <summary>Every connection of one user, staff or customer.</summary>
    Task ToUserAsync(Guid userId, string method, object payload, CancellationToken ct);

    /// <summary>Customers watching a store's live space status.</summary>
    Task ToStoreWatchersAsync(Guid storeId, string method, object payload, CancellationToken ct);
}
