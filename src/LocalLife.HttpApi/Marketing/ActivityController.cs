using LocalLife.Common;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Marketing;

/// <summary>Merchant staff: limited-time activities (special prices, spend discounts, double points) and their results.</summary>
[Route("api/admin/activities")]
public sealed class ActivityController(IActivityAppService service) : AdminController
{
    [HttpGet, Authorize(LocalLifePermissions.Marketing.Default)]
    public Task<PagedResultDto<ActivityDto>> GetListAsync([FromQuery] GetActivitiesInput input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpGet("{id:guid}"), Authorize(LocalLifePermissions.Marketing.Default)]
    public Task<ActivityDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpGet("{id:guid}/report"), Authorize(LocalLifePermissions.Marketing.Default)]
    public Task<ActivityReportDto> GetReportAsync(Guid id, CancellationToken ct) => service.GetReportAsync(id, ct);

    [HttpPost, Authorize(LocalLifePermissions.Marketing.Manage)]
    public async Task<ActionResult<ActivityDto>> CreateAsync(SaveActivityDto input, CancellationToken ct) => StatusCode(201, await service.CreateAsync(input, ct));

    [HttpPut("{id:guid}"), Authorize(LocalLifePermissions.Marketing.Manage)]
    public Task<ActivityDto> UpdateAsync(Guid id, SaveActivityDto input, CancellationToken ct) => service.UpdateAsync(id, input, ct);

    [HttpPost("{id:guid}/pause"), Authorize(LocalLifePermissions.Marketing.Manage)]
    public Task<ActivityDto> PauseAsync(Guid id, CancellationToken ct) => service.PauseAsync(id, ct);

    [HttpPost("{id:guid}/resume"), Authorize(LocalLifePermissions.Marketing.Manage)]
    public Task<ActivityDto> ResumeAsync(Guid id, CancellationToken ct) => service.ResumeAsync(id, ct);

    [HttpPost("{id:guid}/end"), Authorize(LocalLifePermissions.Marketing.Manage)]
    public Task<ActivityDto> EndAsync(Guid id, CancellationToken ct) => service.EndAsync(id, ct);
}
