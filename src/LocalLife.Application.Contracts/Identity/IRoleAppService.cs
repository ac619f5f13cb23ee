namespace LocalLife.Identity;

/// <summary>Roles and their permissions inside the caller's own tenant (or the host, for platform admins).</summary>
public interface IRoleAppService
{
    Task<IReadOnlyList<RoleDto>> GetListAsync(CancellationToken ct);
    Task<RoleDto> GetAsync(Guid id, CancellationToken ct);
    Task<IReadOnlyList<PermissionDto>> GetGrantablePermissionsAsync(CancellationToken ct);
    Task<RoleDto> CreateAsync(CreateRoleDto input, CancellationToken ct);
    Task<RoleDto> UpdatePermissionsAsync(Guid id, UpdateRolePermissionsDto input, CancellationToken ct);
    Task DeleteAsync(Guid id, CancellationToken ct);
}
