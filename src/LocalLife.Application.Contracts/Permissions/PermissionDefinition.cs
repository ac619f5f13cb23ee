namespace LocalLife.Permissions;

public enum PermissionSide
{
    Host = 1,
    Tenant = 2,
}

/// <summary>A permission, the side that may hold it, and the static roles that get it when they are created.</summary>
public sealed record PermissionDefinition(string Name, PermissionSide Side, IReadOnlyList<string> DefaultRoles);
