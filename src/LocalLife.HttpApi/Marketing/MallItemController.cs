using LocalLife.Common;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Marketing;

/// <summary>Merchant staff: the merchant's points-mall items, their results, and collecting a voucher at the desk.</summary>
[Route("api/admin/mall")]
public sealed class MallItemController(IMallItemAppService service) : AdminController
{
    [HttpGet("items"), Authorize(LocalLifePermissions.Marketing.Default)]
    public Task<PagedResultDto<MallItemDto>> GetListAsync([FromQuery] GetMallItemsInput input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpGet("items/{id:guid}/report"), Authorize(LocalLifePermissions.Marketing.Default)]
    public Task<MallItemReportDto> GetReportAsync(Guid id, CancellationToken ct) => service.GetReportAsync(id, ct);

    [HttpPost("items"), Authorize(LocalLifePermissions.Marketing.Manage)]
    public async Task<ActionResult<MallItemDto>> CreateAsync(SaveMallItemDto input, CancellationToken ct) => StatusCode(201, await service.CreateAsync(input, ct));

    [HttpPut("items/{id:guid}"), Authorize(LocalLifePermissions.Marketing.Manage)]
    public Task<MallItemDto> UpdateAsync(Guid id, SaveMallItemDto input, CancellationToken ct) => service.UpdateAsync(id, input, ct);

    [HttpPost("items/{id:guid}/pause"), Authorize(LocalLifePermissions.Marketing.Manage)]
    public Task<MallItemDto> PauseAsync(Guid id, CancellationToken ct) => service.PauseAsync(id, ct);

    [HttpPost("items/{id:guid}/resume"), Authorize(LocalLifePermissions.Marketing.Manage)]
    public Task<MallItemDto> ResumeAsync(Guid id, CancellationToken ct) => service.ResumeAsync(id, ct);

    [HttpPost("items/{id:guid}/end"), Authorize(LocalLifePermissions.Marketing.Manage)]
    public Task<MallItemDto> EndAsync(Guid id, CancellationToken ct) => service.EndAsync(id, ct);

    /// <summary>The desk hands over what a voucher is for (any staff who sees bookings at the desk may).</summary>
    [HttpPost("vouchers/collect"), Authorize(LocalLifePermissions.Bookings.CheckIn)]
    public Task<MallRedemptionDto> CollectVoucherAsync(CollectVoucherDto input, CancellationToken ct) => service.CollectVoucherAsync(input, ct);
}
