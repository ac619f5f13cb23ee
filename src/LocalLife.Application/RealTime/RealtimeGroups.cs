namespace LocalLife.RealTime;

/// <summary>
/// The only place group names are made. Staff groups start with the tenant id taken from the caller's token, so a
/// store id of another tenant yields a group that tenant's pushes never reach.
/// </summary>
public static class RealtimeGroups
{
    public static string TenantStaff(Guid tenantId) => $"t:{tenantId:N}";

    public static string Role(Guid tenantId, string role) => $"t:{tenantId:N}:role:{role}";

    public static string StoreStaff(Guid tenantId, Guid storeId) => $"t:{tenantId:N}:store:{storeId:N}";

    public static string Station(Guid tenantId, Guid storeId, string station) => $"t:{tenantId:N}:store:{storeId:N}:station:{station}";

    public static string User(Guid userId) => $"u:{userId:N}";

    public static string StoreWatchers(Guid storeId) => $"store:{storeId:N}:status";
}
