using LocalLife.Errors;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Spaces;

[Route("api/admin/spaces")]
public sealed class SpaceController(ISpaceAppService service, ISpaceQrAppService qr) : AdminController
{
    [HttpGet, Authorize(LocalLifePermissions.Spaces.Default)]
    public Task<IReadOnlyList<SpaceDto>> GetListAsync([FromQuery] Guid storeId, [FromQuery] GetSpacesInput input, CancellationToken ct) =>
        service.GetListAsync(storeId, input, ct);

    [HttpGet("{id:guid}"), Authorize(LocalLifePermissions.Spaces.Default)]
    public Task<SpaceDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpPost, Authorize(LocalLifePermissions.Spaces.Manage), ProducesResponseType(StatusCodes.Status201Created)]
    public async Task<ActionResult<SpaceDto>> CreateAsync([FromQuery] Guid storeId, SaveSpaceDto input, CancellationToken ct)
    {
        var space = await service.CreateAsync(storeId, input, ct);
        return CreatedAtAction(nameof(GetAsync), new { id = space.Id }, space);
    }

    [HttpPut("{id:guid}"), Authorize(LocalLifePermissions.Spaces.Manage)]
    public Task<SpaceDto> UpdateAsync(Guid id, SaveSpaceDto input, CancellationToken ct) => service.UpdateAsync(id, input, ct);

    [HttpDelete("{id:guid}"), Authorize(LocalLifePermissions.Spaces.Manage)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken ct)
    {
        await service.DeleteAsync(id, ct);
        return NoContent();
    }

    [HttpPost("{id:guid}/status"), Authorize(LocalLifePermissions.Spaces.ChangeStatus)]
    public Task<SpaceDto> ChangeStatusAsync(Guid id, ChangeSpaceStatusDto input, CancellationToken ct) => service.ChangeStatusAsync(id, input, ct);

    [HttpGet("{id:guid}/status-history"), Authorize(LocalLifePermissions.Spaces.Default)]
    public Task<IReadOnlyList<SpaceStatusRecordDto>> GetHistoryAsync(Guid id, CancellationToken ct) => service.GetHistoryAsync(id, ct);

    [HttpGet("{id:guid}/qr"), Authorize(LocalLifePermissions.Spaces.Default)]
    public Task<SpaceQrDto> GetQrAsync(Guid id, CancellationToken ct) => qr.GetAsync(id, ct);

    [HttpGet("{id:guid}/qr.png"), Authorize(LocalLifePermissions.Spaces.Default), ProducesResponseType<Stream>(StatusCodes.Status200OK, "image/png")]
    public async Task<FileContentResult> GetQrPngAsync(Guid id, CancellationToken ct) => File(await qr.GetPngAsync(id, ct), "image/png");

    /// <summary>Every space of the store as printable QR cards on A4 (size: Small 50 mm, Medium 70 mm, Large 100 mm).</summary>
    [HttpGet("qr/sheet.pdf"), Authorize(LocalLifePermissions.Spaces.Default), ProducesResponseType<Stream>(StatusCodes.Status200OK, "application/pdf")]
    public async Task<FileContentResult> GetQrSheetAsync([FromQuery] Guid storeId, [FromQuery] QrSheetSize size = QrSheetSize.Medium, CancellationToken ct = default) =>
        File(await qr.GetSheetAsync(storeId, Enum.IsDefined(size) ? size : throw new BusinessException(LocalLifeErrorCodes.MalformedRequest), ct),
            "application/pdf", "qr-codes.pdf");

    [HttpPost("{id:guid}/qr/rotate"), Authorize(LocalLifePermissions.Spaces.Manage)]
    public Task<SpaceQrDto> RotateQrAsync(Guid id, CancellationToken ct) => qr.RotateAsync(id, ct);

    [HttpPost("qr/rotate-all"), Authorize(LocalLifePermissions.Spaces.Manage)]
    public Task<IReadOnlyList<SpaceQrDto>> RotateAllQrAsync([FromQuery] Guid storeId, CancellationToken ct) => qr.RotateAllAsync(storeId, ct);
}
