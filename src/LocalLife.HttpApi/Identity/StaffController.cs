using LocalLife.Common;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Identity;

[Route("api/admin/staff")]
public sealed class StaffController(IStaffAppService service) : AdminController
{
    [HttpGet, Authorize(LocalLifePermissions.Staff.Default)]
    public Task<PagedResultDto<StaffDto>> GetListAsync([FromQuery] GetStaffInput input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpGet("{id:guid}"), Authorize(LocalLifePermissions.Staff.Default)]
    public Task<StaffDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpPost, Authorize(LocalLifePermissions.Staff.Manage), ProducesResponseType(StatusCodes.Status201Created)]
    public async Task<ActionResult<StaffDto>> CreateAsync(CreateStaffDto input, CancellationToken ct)
    {
        var staff = await service.CreateAsync(input, ct);
        return CreatedAtAction(nameof(GetAsync), new { id = staff.Id }, staff);
    }

    [HttpPut("{id:guid}"), Authorize(LocalLifePermissions.Staff.Manage)]
    public Task<StaffDto> UpdateAsync(Guid id, UpdateStaffDto input, CancellationToken ct) => service.UpdateAsync(id, input, ct);

    [HttpPost("{id:guid}/deactivate"), Authorize(LocalLifePermissions.Staff.Manage)]
    public Task<StaffDto> DeactivateAsync(Guid id, CancellationToken ct) => service.DeactivateAsync(id, ct);

    [HttpPost("{id:guid}/activate"), Authorize(LocalLifePermissions.Staff.Manage)]
    public Task<StaffDto> ActivateAsync(Guid id, CancellationToken ct) => service.ActivateAsync(id, ct);

    [HttpPost("{id:guid}/reset-password"), Authorize(LocalLifePermissions.Staff.Manage)]
    public async Task<NoContentResult> ResetPasswordAsync(Guid id, ResetPasswordDto input, CancellationToken ct)
    {
        await service.ResetPasswordAsync(id, input, ct);
        return NoContent();
    }
}
