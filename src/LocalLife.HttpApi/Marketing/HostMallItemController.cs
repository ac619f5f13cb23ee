using LocalLife.Common;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Marketing;

/// <summary>Platform operators: the platform's points-mall items (platform coupons for points) and their results.</summary>
[Route("api/host/mall")]
public sealed class HostMallItemController(IHostMallItemAppService service) : HostController
{
    [HttpGet("items"), Authorize(LocalLifePermissions.HostMarketing.Default)]
    public Task<PagedResultDto<MallItemDto>> GetListAsync([FromQuery] GetMallItemsInput input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpGet("items/{id:guid}/report"), Authorize(LocalLifePermissions.HostMarketing.Default)]
    public Task<MallItemReportDto> GetReportAsync(Guid id, CancellationToken ct) => service.GetReportAsync(id, ct);

    [HttpPost("items"), Authorize(LocalLifePermissions.HostMarketing.Manage)]
    public async Task<ActionResult<MallItemDto>> CreateAsync(SaveMallItemDto input, CancellationToken ct) => StatusCode(201, await service.CreateAsync(input, ct));

    [HttpPut("items/{id:guid}"), Authorize(LocalLifePermissions.HostMarketing.Manage)]
    public Task<MallItemDto> UpdateAsync(Guid id, SaveMallItemDto input, CancellationToken ct) => service.UpdateAsync(id, input, ct);

    [HttpPost("items/{id:guid}/pause"), Authorize(LocalLifePermissions.HostMarketing.Manage)]
    public Task<MallItemDto> PauseAsync(Guid id, CancellationToken ct) => service.PauseAsync(id, ct);

    [HttpPost("items/{id:guid}/resume"), Authorize(LocalLifePermissions.HostMarketing.Manage)]
    public Task<MallItemDto> ResumeAsync(Guid id, CancellationToken ct) => service.ResumeAsync(id, ct);

    [HttpPost("items/{id:guid}/end"), Authorize(LocalLifePermissions.HostMarketing.Manage)]
    public Task<MallItemDto> EndAsync(Guid id, CancellationToken ct) => service.EndAsync(id, ct);
}
