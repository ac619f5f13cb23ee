namespace LocalLife.Permissions;

public enum PermissionSide
{
    Host = 1,
    Tenant = 2,
}

/// <summary>
/// A permission, the side that may hold it, and the static roles that get it by default. <see cref="Since"/> is the
/// <see cref="PermissionDefinitions.Version"/> that introduced it: static roles created before get it when the migrator runs.
/// </summary>
public sealed record PermissionDefinition(string Name, PermissionSide Side, IReadOnlyList<string> DefaultRoles, int Since = 0)
{
    public static PermissionDefinition Host(string name, params string[] roles) => new(name, PermissionSide.Host, roles);

    public static PermissionDefinition Tenant(string name, params string[] roles) => new(name, PermissionSide.Tenant, roles);
}
