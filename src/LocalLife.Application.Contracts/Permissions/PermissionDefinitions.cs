using LocalLife.Identity;
using P = LocalLife.Permissions.LocalLifePermissions;
using R = LocalLife.Identity.LocalLifeRoles;

namespace LocalLife.Permissions;

/// <summary>The catalogue of permissions. A feature adds its permissions here with their default roles.</summary>
public static class PermissionDefinitions
{
    /// <summary>
    /// The version of the default grants. A permission added later says <c>with { Since = Version }</c> after this is raised by
    /// one, so static roles of existing merchants get it by default too (see StaticRoleSeeder) — once: a later revoke sticks.
    /// </summary>
    public const int Version = 2;

    public static readonly IReadOnlyList<PermissionDefinition> All =
    [
        Host(P.Tenants.Default, R.PlatformAdmin, R.Operator),
        Host(P.Tenants.Create, R.PlatformAdmin),
        Host(P.Tenants.Update, R.PlatformAdmin, R.Operator),
        Host(P.Tenants.ManageStatus, R.PlatformAdmin),
        Host(P.Categories.Default, R.PlatformAdmin, R.Operator),
        Host(P.Categories.Manage, R.PlatformAdmin),
        Host(P.Loyalty.Default, R.PlatformAdmin, R.Operator),
        Host(P.Loyalty.Manage, R.PlatformAdmin),
        Host(P.Events.Default, R.PlatformAdmin),
        Host(P.Events.Retry, R.PlatformAdmin),
        Host(P.BackgroundJobs.Dashboard, R.PlatformAdmin),
        Host(P.HostPayments.Default, R.PlatformAdmin, R.Operator),
        Host(P.HostPayments.Settings, R.PlatformAdmin),
        Host(P.ReviewModeration.Default, R.PlatformAdmin, R.Operator) with { Since = 1 },
        Host(P.ReviewModeration.Settings, R.PlatformAdmin) with { Since = 1 },
        Host(P.HostMarketing.Default, R.PlatformAdmin, R.Operator) with { Since = 2 },
        Host(P.HostMarketing.Manage, R.PlatformAdmin, R.Operator) with { Since = 2 },

        Tenant(P.Staff.Default, R.Owner, R.Manager),
        Tenant(P.Staff.Manage, R.Owner, R.Manager),
        Tenant(P.Roles.Default, R.Owner, R.Manager),
        Tenant(P.Roles.Manage, R.Owner),
        Tenant(P.RebateRules.Default, R.Owner, R.Manager),
        Tenant(P.RebateRules.Manage, R.Owner, R.Manager),
        Tenant(P.Stores.Default, R.Owner, R.Manager, R.FrontDesk, R.Kitchen, R.Waiter),
        Tenant(P.Stores.Manage, R.Owner, R.Manager),
        Tenant(P.Spaces.Default, R.Owner, R.Manager, R.FrontDesk, R.Waiter),
        Tenant(P.Spaces.Manage, R.Owner, R.Manager),
        Tenant(P.Spaces.ChangeStatus, R.Owner, R.Manager, R.FrontDesk, R.Waiter),
        Tenant(P.Payments.Default, R.Owner, R.Manager, R.FrontDesk),
        Tenant(P.Payments.Refund, R.Owner, R.Manager),
        Tenant(P.Payments.Reconciliation, R.Owner, R.Manager),
        Tenant(P.Bookings.Default, R.Owner, R.Manager, R.FrontDesk, R.Waiter),
        Tenant(P.Bookings.CheckIn, R.Owner, R.Manager, R.FrontDesk),
        Tenant(P.Bookings.Release, R.Owner, R.Manager, R.FrontDesk),
        Tenant(P.Bookings.Cancel, R.Owner, R.Manager),
        Tenant(P.Menu.Default, R.Owner, R.Manager, R.FrontDesk, R.Kitchen, R.Waiter),
        Tenant(P.Menu.Manage, R.Owner, R.Manager),
        Tenant(P.Menu.Stock, R.Owner, R.Manager, R.FrontDesk, R.Kitchen),
        Tenant(P.Orders.Default, R.Owner, R.Manager, R.FrontDesk, R.Kitchen, R.Waiter),
        Tenant(P.Orders.Accept, R.Owner, R.Manager, R.FrontDesk),
        Tenant(P.Orders.Fulfil, R.Owner, R.Manager, R.FrontDesk, R.Kitchen, R.Waiter),
        Tenant(P.Orders.Resolve, R.Owner, R.Manager),
        Tenant(P.Kitchen.Default, R.Owner, R.Manager, R.FrontDesk, R.Kitchen),
        Tenant(P.Kitchen.Prepare, R.Owner, R.Manager, R.Kitchen),
        Tenant(P.Dispatch.Default, R.Owner, R.Manager, R.FrontDesk, R.Waiter),
        Tenant(P.Dispatch.Deliver, R.Owner, R.Manager, R.Waiter),
        Tenant(P.Dispatch.Assign, R.Owner, R.Manager, R.FrontDesk) with { Since = 1 },
        Tenant(P.Printers.Default, R.Owner, R.Manager, R.FrontDesk, R.Kitchen),
        Tenant(P.Printers.Manage, R.Owner, R.Manager),
        Tenant(P.Reviews.Default, R.Owner, R.Manager, R.FrontDesk) with { Since = 1 },
        Tenant(P.Reviews.Reply, R.Owner, R.Manager) with { Since = 1 },
        Tenant(P.Marketing.Default, R.Owner, R.Manager, R.FrontDesk) with { Since = 2 },
        Tenant(P.Marketing.Manage, R.Owner, R.Manager) with { Since = 2 },
    ];

    private static readonly Dictionary<string, PermissionDefinition> ByName = All.ToDictionary(p => p.Name, StringComparer.Ordinal);

    public static PermissionDefinition? Find(string name) => ByName.GetValueOrDefault(name);

    public static IEnumerable<PermissionDefinition> For(PermissionSide side) => All.Where(p => p.Side == side);

    public static IEnumerable<string> DefaultsFor(string role, PermissionSide side) =>
        For(side).Where(p => p.DefaultRoles.Contains(role)).Select(p => p.Name);

    /// <summary>The role's defaults introduced after <paramref name="version"/>.</summary>
    public static IEnumerable<string> DefaultsSince(string role, PermissionSide side, int version) =>
        For(side).Where(p => p.Since > version && p.DefaultRoles.Contains(role)).Select(p => p.Name);

    public static PermissionSide SideOf(Guid? tenantId) => tenantId is null ? PermissionSide.Host : PermissionSide.Tenant;

    private static PermissionDefinition Host(string name, params string[] roles) => new(name, PermissionSide.Host, roles);

    private static PermissionDefinition Tenant(string name, params string[] roles) => new(name, PermissionSide.Tenant, roles);

    /// <summary>Role names a side's static roles use.</summary>
    public static IReadOnlyList<string> StaticRoles(PermissionSide side) => side == PermissionSide.Host ? LocalLifeRoles.Host : LocalLifeRoles.Tenant;
}
