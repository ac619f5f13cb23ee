using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Identity;

/// <summary>A merchant's roles and the permissions they grant.</summary>
[Route("api/admin/roles")]
public sealed class RoleController(IRoleAppService service) : AdminController
{
    [HttpGet, Authorize(LocalLifePermissions.Roles.Default)]
    public Task<IReadOnlyList<RoleDto>> GetListAsync(CancellationToken ct) => service.GetListAsync(ct);

    [HttpGet("{id:guid}"), Authorize(LocalLifePermissions.Roles.Default)]
    public Task<RoleDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpGet("permissions"), Authorize(LocalLifePermissions.Roles.Default)]
    public Task<IReadOnlyList<PermissionDto>> GetGrantablePermissionsAsync(CancellationToken ct) => service.GetGrantablePermissionsAsync(ct);

    [HttpPost, Authorize(LocalLifePermissions.Roles.Manage), ProducesResponseType(StatusCodes.Status201Created)]
    public async Task<ActionResult<RoleDto>> CreateAsync(CreateRoleDto input, CancellationToken ct)
    {
        var role = await service.CreateAsync(input, ct);
        return CreatedAtAction(nameof(GetAsync), new { id = role.Id }, role);
    }

    [HttpPut("{id:guid}/permissions"), Authorize(LocalLifePermissions.Roles.Manage)]
    public Task<RoleDto> UpdatePermissionsAsync(Guid id, UpdateRolePermissionsDto input, CancellationToken ct) => service.UpdatePermissionsAsync(id, input, ct);

    [HttpDelete("{id:guid}"), Authorize(LocalLifePermissions.Roles.Manage)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken ct)
    {
        await service.DeleteAsync(id, ct);
        return NoContent();
    }
}
