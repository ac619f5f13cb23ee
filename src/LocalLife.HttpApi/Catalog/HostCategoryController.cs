using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Catalog;

[Route("api/host/categories")]
public sealed class HostCategoryController(ICategoryAppService service) : HostController
{
    [HttpGet, Authorize(LocalLifePermissions.Categories.Default)]
    public Task<IReadOnlyList<CategoryDto>> GetAllAsync(CancellationToken ct) => service.GetAllAsync(ct);

    [HttpPost, Authorize(LocalLifePermissions.Categories.Manage), ProducesResponseType(StatusCodes.Status201Created)]
    public async Task<ActionResult<CategoryDto>> CreateAsync(CreateCategoryDto input, CancellationToken ct) =>
        StatusCode(StatusCodes.Status201Created, await service.CreateAsync(input, ct));

    [HttpPut("{code}"), Authorize(LocalLifePermissions.Categories.Manage)]
    public Task<CategoryDto> UpdateAsync(string code, UpdateCategoryDto input, CancellationToken ct) => service.UpdateAsync(code, input, ct);

    [HttpPost("{code}/enable"), Authorize(LocalLifePermissions.Categories.Manage)]
    public Task<CategoryDto> EnableAsync(string code, CancellationToken ct) => service.EnableAsync(code, ct);

    [HttpPost("{code}/disable"), Authorize(LocalLifePermissions.Categories.Manage)]
    public Task<CategoryDto> DisableAsync(string code, CancellationToken ct) => service.DisableAsync(code, ct);
}
