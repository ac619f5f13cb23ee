using LocalLife.Common;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Marketing;

/// <summary>Merchant staff: the merchant's coupon templates and their results.</summary>
[Route("api/admin/coupon-templates")]
public sealed class CouponTemplateController(ICouponTemplateAppService service) : AdminController
{
    [HttpGet, Authorize(LocalLifePermissions.Marketing.Default)]
    public Task<PagedResultDto<CouponTemplateDto>> GetListAsync([FromQuery] GetCouponTemplatesInput input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpGet("{id:guid}"), Authorize(LocalLifePermissions.Marketing.Default)]
    public Task<CouponTemplateDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpGet("{id:guid}/report"), Authorize(LocalLifePermissions.Marketing.Default)]
    public Task<CouponTemplateReportDto> GetReportAsync(Guid id, CancellationToken ct) => service.GetReportAsync(id, ct);

    [HttpPost, Authorize(LocalLifePermissions.Marketing.Manage)]
    public async Task<ActionResult<CouponTemplateDto>> CreateAsync(SaveCouponTemplateDto input, CancellationToken ct) =>
        StatusCode(201, await service.CreateAsync(input, ct));

    [HttpPut("{id:guid}"), Authorize(LocalLifePermissions.Marketing.Manage)]
    public Task<CouponTemplateDto> UpdateAsync(Guid id, SaveCouponTemplateDto input, CancellationToken ct) => service.UpdateAsync(id, input, ct);

    [HttpPost("{id:guid}/pause"), Authorize(LocalLifePermissions.Marketing.Manage)]
    public Task<CouponTemplateDto> PauseAsync(Guid id, CancellationToken ct) => service.PauseAsync(id, ct);

    [HttpPost("{id:guid}/resume"), Authorize(LocalLifePermissions.Marketing.Manage)]
    public Task<CouponTemplateDto> ResumeAsync(Guid id, CancellationToken ct) => service.ResumeAsync(id, ct);

    [HttpPost("{id:guid}/end"), Authorize(LocalLifePermissions.Marketing.Manage)]
    public Task<CouponTemplateDto> EndAsync(Guid id, CancellationToken ct) => service.EndAsync(id, ct);
}
