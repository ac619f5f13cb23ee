using LocalLife.Identity;

namespace LocalLife.Permissions;

/// <summary>
/// The catalogue of permissions, gathered from the features (each lists its own with their default roles beside its
/// permission names, e.g. <c>Bookings/BookingPermissionDefinitions.cs</c>), and the version of the default grants.
/// </summary>
public static class PermissionDefinitions
{
    /// <summary>
    /// The version of the default grants. A permission added later says <c>with { Since = Version }</c> after this is raised by
    /// one, so static roles of existing merchants get it by default too (see StaticRoleSeeder) — once: a later revoke sticks.
    /// </summary>
    public const int Version = 2;

    /// <summary>
    /// Every feature's permissions: the host side first, then the tenant side, each in the order of the features below
    /// (the order the role editor lists them). A name defined twice fails here, at first use.
    /// </summary>
    public static readonly IReadOnlyList<PermissionDefinition> All = Collect(
        Tenancy.TenancyPermissionDefinitions.All,
        Identity.IdentityPermissionDefinitions.All,
        Catalog.CatalogPermissionDefinitions.All,
        Loyalty.LoyaltyPermissionDefinitions.All,
        Eventing.EventingPermissionDefinitions.All,
        BackgroundJobs.BackgroundJobPermissionDefinitions.All,
        Spaces.SpacePermissionDefinitions.All,
        Payments.PaymentPermissionDefinitions.All,
        Bookings.BookingPermissionDefinitions.All,
        Ordering.OrderingPermissionDefinitions.All,
        Kitchen.KitchenPermissionDefinitions.All,
        Dispatch.DispatchPermissionDefinitions.All,
        Printing.PrintingPermissionDefinitions.All,
        Reviews.ReviewPermissionDefinitions.All,
        Marketing.MarketingPermissionDefinitions.All);

    private static readonly Dictionary<string, PermissionDefinition> ByName = All.ToDictionary(p => p.Name, StringComparer.Ordinal);

    public static PermissionDefinition? Find(string name) => ByName.GetValueOrDefault(name);

    public static IEnumerable<PermissionDefinition> For(PermissionSide side) => All.Where(p => p.Side == side);

    public static IEnumerable<string> DefaultsFor(string role, PermissionSide side) =>
        For(side).Where(p => p.DefaultRoles.Contains(role)).Select(p => p.Name);

    /// <summary>The role's defaults introduced after <paramref name="version"/>.</summary>
    public static IEnumerable<string> DefaultsSince(string role, PermissionSide side, int version) =>
        For(side).Where(p => p.Since > version && p.DefaultRoles.Contains(role)).Select(p => p.Name);

    public static PermissionSide SideOf(Guid? tenantId) => tenantId is null ? PermissionSide.Host : PermissionSide.Tenant;

    /// <summary>OrderBy is stable: within a side, the features' order and each feature's own order are kept.</summary>
    private static List<PermissionDefinition> Collect(params IReadOnlyList<PermissionDefinition>[] features) =>
        features.SelectMany(f => f).OrderBy(p => p.Side).ToList();

    /// <summary>Role names a side's static roles use.</summary>
    public static IReadOnlyList<string> StaticRoles(PermissionSide side) => side == PermissionSide.Host ? LocalLifeRoles.Host : LocalLifeRoles.Tenant;
}
