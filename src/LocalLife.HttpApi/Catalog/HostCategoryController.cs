using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Catalog;

[Route("api/host/categories")]
public sealed class HostCategoryController(ICategoryAppService service) : HostController
{
    [HttpGet, Authorize(LocalLifePermissions.Categories.Default)]
    public Task<IReadOnlyList<CategoryDto>> GetAllAsync(CancellationToken ct) => service.GetAllAsync(ct);
}
