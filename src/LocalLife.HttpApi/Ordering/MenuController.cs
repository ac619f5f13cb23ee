using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Ordering;

/// <summary>Merchant staff: menu categories, products, sale status and stock.</summary>
[Route("api/admin/menu")]
public sealed class MenuController(IMenuAppService service) : AdminController
{
    [HttpGet("stores/{storeId:guid}/categories"), Authorize(LocalLifePermissions.Menu.Default)]
    public Task<IReadOnlyList<ProductCategoryDto>> GetCategoriesAsync(Guid storeId, CancellationToken ct) => service.GetCategoriesAsync(storeId, ct);

    [HttpPost("stores/{storeId:guid}/categories/apply-templates"), Authorize(LocalLifePermissions.Menu.Manage)]
    public Task<IReadOnlyList<ProductCategoryDto>> ApplyTemplatesAsync(Guid storeId, CancellationToken ct) => service.ApplyTemplatesAsync(storeId, ct);

    [HttpPost("categories"), Authorize(LocalLifePermissions.Menu.Manage)]
    public Task<ProductCategoryDto> CreateCategoryAsync(CreateProductCategoryDto input, CancellationToken ct) => service.CreateCategoryAsync(input, ct);

    [HttpPut("categories/{id:guid}"), Authorize(LocalLifePermissions.Menu.Manage)]
    public Task<ProductCategoryDto> UpdateCategoryAsync(Guid id, UpdateProductCategoryDto input, CancellationToken ct) => service.UpdateCategoryAsync(id, input, ct);

    [HttpDelete("categories/{id:guid}"), Authorize(LocalLifePermissions.Menu.Manage)]
    public async Task<NoContentResult> DeleteCategoryAsync(Guid id, CancellationToken ct)
    {
        await service.DeleteCategoryAsync(id, ct);
        return NoContent();
    }

    [HttpGet("products"), Authorize(LocalLifePermissions.Menu.Default)]
    public Task<IReadOnlyList<ProductDto>> GetProductsAsync([FromQuery] GetProductsInput input, CancellationToken ct) => service.GetProductsAsync(input, ct);

    [HttpGet("products/{id:guid}"), Authorize(LocalLifePermissions.Menu.Default)]
    public Task<ProductDto> GetProductAsync(Guid id, CancellationToken ct) => service.GetProductAsync(id, ct);

    [HttpPost("products"), Authorize(LocalLifePermissions.Menu.Manage)]
    public Task<ProductDto> CreateProductAsync(SaveProductDto input, CancellationToken ct) => service.CreateProductAsync(input, ct);

    [HttpPut("products/{id:guid}"), Authorize(LocalLifePermissions.Menu.Manage)]
    public Task<ProductDto> UpdateProductAsync(Guid id, SaveProductDto input, CancellationToken ct) => service.UpdateProductAsync(id, input, ct);

    [HttpPost("products/{id:guid}/status"), Authorize(LocalLifePermissions.Menu.Stock)]
    public Task<ProductDto> ChangeStatusAsync(Guid id, ChangeProductStatusDto input, CancellationToken ct) => service.ChangeStatusAsync(id, input, ct);

    [HttpDelete("products/{id:guid}"), Authorize(LocalLifePermissions.Menu.Manage)]
    public async Task<NoContentResult> DeleteProductAsync(Guid id, CancellationToken ct)
    {
        await service.DeleteProductAsync(id, ct);
        return NoContent();
    }

    [HttpPost("products/{id:guid}/stock"), Authorize(LocalLifePermissions.Menu.Stock)]
    public Task<ProductDto> ChangeStockAsync(Guid id, ChangeStockDto input, CancellationToken ct) => service.ChangeStockAsync(id, input, ct);

    [HttpGet("products/{id:guid}/stock-movements"), Authorize(LocalLifePermissions.Menu.Stock)]
    public Task<IReadOnlyList<StockMovementDto>> GetStockMovementsAsync(Guid id, CancellationToken ct) => service.GetStockMovementsAsync(id, ct);
}
