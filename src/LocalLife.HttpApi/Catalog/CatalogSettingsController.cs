using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Catalog;

/// <summary>Platform-wide catalog settings: the weights of the composite store ranking.</summary>
[Route("api/host/catalog-settings")]
public sealed class CatalogSettingsController(ICategoryAppService service) : HostController
{
    [HttpGet, Authorize(LocalLifePermissions.Categories.Default)]
    public Task<CatalogSettingsDto> GetAsync(CancellationToken ct) => service.GetSettingsAsync(ct);

    [HttpPut, Authorize(LocalLifePermissions.Categories.Manage)]
    public Task<CatalogSettingsDto> UpdateAsync(CatalogSettingsDto input, CancellationToken ct) => service.UpdateSettingsAsync(input, ct);
}
