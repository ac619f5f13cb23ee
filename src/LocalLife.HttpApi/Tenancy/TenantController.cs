using LocalLife.Common;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Tenancy;

[Route("api/host/tenants")]
public sealed class TenantController(ITenantAppService service) : HostController
{
    [HttpGet, Authorize(LocalLifePermissions.Tenants.Default)]
    public Task<PagedResultDto<TenantDto>> GetListAsync([FromQuery] GetTenantsInput input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpGet("{id:guid}"), Authorize(LocalLifePermissions.Tenants.Default)]
    public Task<TenantDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpPost, Authorize(LocalLifePermissions.Tenants.Create), ProducesResponseType(StatusCodes.Status201Created)]
    public async Task<ActionResult<TenantDto>> CreateAsync(CreateTenantDto input, CancellationToken ct)
    {
        var tenant = await service.CreateAsync(input, ct);
        return CreatedAtAction(nameof(GetAsync), new { id = tenant.Id }, tenant);
    }

    [HttpPut("{id:guid}"), Authorize(LocalLifePermissions.Tenants.Update)]
    public Task<TenantDto> UpdateAsync(Guid id, UpdateTenantDto input, CancellationToken ct) => service.UpdateAsync(id, input, ct);

    [HttpPost("{id:guid}/deactivate"), Authorize(LocalLifePermissions.Tenants.ManageStatus)]
    public Task<TenantDto> DeactivateAsync(Guid id, CancellationToken ct) => service.DeactivateAsync(id, ct);

    [HttpPost("{id:guid}/activate"), Authorize(LocalLifePermissions.Tenants.ManageStatus)]
    public Task<TenantDto> ActivateAsync(Guid id, CancellationToken ct) => service.ActivateAsync(id, ct);
}
