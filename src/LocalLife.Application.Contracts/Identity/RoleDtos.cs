namespace LocalLife.Identity;

public sealed record RoleDto(Guid Id, string Name, bool IsStatic, IReadOnlyList<string> Permissions, string ConcurrencyStamp);

public sealed record PermissionDto(string Name, string DisplayName);

public sealed record CreateRoleDto
{
    public string Name { get; init; } = "";
    public IReadOnlyList<string> Permissions { get; init; } = [];
}

public sealed record UpdateRolePermissionsDto
{
    public IReadOnlyList<string> Permissions { get; init; } = [];
}
