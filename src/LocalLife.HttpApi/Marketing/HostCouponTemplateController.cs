using LocalLife.Common;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Marketing;

/// <summary>Platform operators: the platform-funded coupon templates, their results, and what the platform owes merchants for them.</summary>
[Route("api/host/coupon-templates")]
public sealed class HostCouponTemplateController(IHostCouponTemplateAppService service) : HostController
{
    [HttpGet, Authorize(LocalLifePermissions.HostMarketing.Default)]
    public Task<PagedResultDto<CouponTemplateDto>> GetListAsync([FromQuery] GetCouponTemplatesInput input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpGet("{id:guid}"), Authorize(LocalLifePermissions.HostMarketing.Default)]
    public Task<CouponTemplateDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpGet("{id:guid}/report"), Authorize(LocalLifePermissions.HostMarketing.Default)]
    public Task<CouponTemplateReportDto> GetReportAsync(Guid id, CancellationToken ct) => service.GetReportAsync(id, ct);

    [HttpPost, Authorize(LocalLifePermissions.HostMarketing.Manage)]
    public async Task<ActionResult<CouponTemplateDto>> CreateAsync(SaveCouponTemplateDto input, CancellationToken ct) =>
        StatusCode(201, await service.CreateAsync(input, ct));

    [HttpPut("{id:guid}"), Authorize(LocalLifePermissions.HostMarketing.Manage)]
    public Task<CouponTemplateDto> UpdateAsync(Guid id, SaveCouponTemplateDto input, CancellationToken ct) => service.UpdateAsync(id, input, ct);

    [HttpPost("{id:guid}/pause"), Authorize(LocalLifePermissions.HostMarketing.Manage)]
    public Task<CouponTemplateDto> PauseAsync(Guid id, CancellationToken ct) => service.PauseAsync(id, ct);

    [HttpPost("{id:guid}/resume"), Authorize(LocalLifePermissions.HostMarketing.Manage)]
    public Task<CouponTemplateDto> ResumeAsync(Guid id, CancellationToken ct) => service.ResumeAsync(id, ct);

    [HttpPost("{id:guid}/end"), Authorize(LocalLifePermissions.HostMarketing.Manage)]
    public Task<CouponTemplateDto> EndAsync(Guid id, CancellationToken ct) => service.EndAsync(id, ct);

    [HttpGet("settlement"), Authorize(LocalLifePermissions.HostMarketing.Default)]
    public Task<IReadOnlyList<PlatformCouponSettlementDto>> GetPlatformSettlementAsync([FromQuery] GetCouponSettlementInput input, CancellationToken ct) =>
        service.GetPlatformSettlementAsync(input, ct);
}
