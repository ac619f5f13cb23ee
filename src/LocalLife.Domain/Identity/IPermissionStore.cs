namespace LocalLife.Identity;

/// <summary>Reads and writes the permissions granted to roles of the current tenant.</summary>
public interface IPermissionStore
{
    /// <summary>The role names and granted permissions of an active user of the current tenant; null when the user is unknown or inactive.</summary>
    Task<(IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions)?> GetUserGrantsAsync(Guid userId, CancellationToken ct);

    Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> GetRolePermissionsAsync(IReadOnlyCollection<Guid> roleIds, CancellationToken ct);

    Task SetRolePermissionsAsync(AppRole role, IReadOnlyCollection<string> permissions, CancellationToken ct);
}
