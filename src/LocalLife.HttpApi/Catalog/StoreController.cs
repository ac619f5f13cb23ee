using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Catalog;

[Route("api/admin/stores")]
public sealed class StoreController(IStoreAppService service) : AdminController
{
    [HttpGet, Authorize(LocalLifePermissions.Stores.Default)]
    public Task<IReadOnlyList<StoreDto>> GetListAsync(CancellationToken ct) => service.GetListAsync(ct);

    [HttpGet("{id:guid}"), Authorize(LocalLifePermissions.Stores.Default)]
    public Task<StoreDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpPost, Authorize(LocalLifePermissions.Stores.Manage), ProducesResponseType(StatusCodes.Status201Created)]
    public async Task<ActionResult<StoreDto>> CreateAsync(CreateStoreDto input, CancellationToken ct)
    {
        var store = await service.CreateAsync(input, ct);
        return CreatedAtAction(nameof(GetAsync), new { id = store.Id }, store);
    }

    [HttpPut("{id:guid}"), Authorize(LocalLifePermissions.Stores.Manage)]
    public Task<StoreDto> UpdateAsync(Guid id, UpdateStoreDto input, CancellationToken ct) => service.UpdateAsync(id, input, ct);

    [HttpPost("{id:guid}/status"), Authorize(LocalLifePermissions.Stores.Manage)]
    public Task<StoreDto> ChangeStatusAsync(Guid id, ChangeStoreStatusDto input, CancellationToken ct) => service.ChangeStatusAsync(id, input, ct);
}
