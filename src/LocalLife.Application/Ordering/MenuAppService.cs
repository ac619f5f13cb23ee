using LocalLife.Marketing;
using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Permissions;
using LocalLife.Security;
using LocalLife.Validation;

namespace LocalLife.Ordering;

/// <summary>Merchant staff's menu: categories (from the vertical's templates or their own), products, sale status and stock.</summary>
public sealed class MenuAppService(
    IProductRepository products,
    IStoreRepository stores,
    ICategoryRepository categories,
    StockNotifier stockNotifier,
    Marketing.ComboManager combos,
    ICurrentUser currentUser,
    TimeProvider clock,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissionChecker,
    InputValidation inputValidation) : IMenuAppService
{
    public async Task<IReadOnlyList<ProductCategoryDto>> GetCategoriesAsync(Guid storeId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Menu.Default, ct);
        await stores.GetAsync(storeId, ct);
        return (await products.GetCategoriesAsync(storeId, ct)).Select(c => c.ToDto()).ToList();
    }

    public async Task<IReadOnlyList<ProductCategoryDto>> ApplyTemplatesAsync(Guid storeId, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Menu.Manage, ct);
        var store = await stores.GetAsync(storeId, ct);
        var vertical = await categories.FindByCodeAsync(store.CategoryCode, ct) ?? throw new EntityNotFoundException(nameof(Category), store.CategoryCode);
        var existing = (await products.GetCategoriesAsync(storeId, ct)).Select(c => c.Code).ToHashSet();
        var sort = 0;
        foreach (var t in vertical.ProductCategories)
        {
            sort += 10;
            if (existing.Contains(t.Code)) continue;
            await products.InsertCategoryAsync(new ProductCategory(Guid.CreateVersion7(), store.TenantId!.Value, store.Id, t.Code, t.NameZhHans, t.NameEn,
                Enum.Parse<Station>(t.Station, ignoreCase: true), sort), ct);
        }
        await unitOfWork.SaveChangesAsync(ct);
        return (await products.GetCategoriesAsync(storeId, ct)).Select(c => c.ToDto()).ToList();
    }

    public async Task<ProductCategoryDto> CreateCategoryAsync(CreateProductCategoryDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Menu.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var store = await stores.GetAsync(input.StoreId, ct);
        var code = input.Code.Trim().ToLowerInvariant();
        if ((await products.GetCategoriesAsync(store.Id, ct)).Any(c => c.Code == code))
            throw new BusinessException(OrderingErrorCodes.DuplicateCategoryCode).With("Code", code);
        var category = new ProductCategory(Guid.CreateVersion7(), store.TenantId!.Value, store.Id, code, input.NameZhHans.Trim(), input.NameEn.Trim(),
            input.Station, input.Sort);
        await products.InsertCategoryAsync(category, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return category.ToDto();
    }

    public async Task<ProductCategoryDto> UpdateCategoryAsync(Guid id, UpdateProductCategoryDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Menu.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var category = await products.GetCategoryAsync(id, ct);
        var station = category.Station;
        category.Update(input.NameZhHans.Trim(), input.NameEn.Trim(), input.Station, input.Sort, input.IsEnabled);
        if (category.Station != station) // its products (those without a station of their own) now go to the new station's display and printer
            foreach (var product in await products.GetListAsync(category.StoreId, category.Id, null, tracked: true, ct)) product.FollowCategoryStation(category);
        await unitOfWork.SaveChangesAsync(ct);
        return category.ToDto();
    }

    public async Task DeleteCategoryAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Menu.Manage, ct);
        var category = await products.GetCategoryAsync(id, ct);
        if (await products.CategoryHasProductsAsync(id, ct)) throw new BusinessException(OrderingErrorCodes.CategoryInUse);
        products.DeleteCategory(category);
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<ProductDto>> GetProductsAsync(GetProductsInput input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Menu.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        await stores.GetAsync(input.StoreId, ct);
        var list = (await products.GetListAsync(input.StoreId, input.CategoryId, input.Keyword, tracked: false, ct))
            .Where(p => !input.LowStockOnly || p.Stock <= p.StockWarning).ToList();
        var parts = await PartsAsync(list, ct);
        return [.. list.Select(p => p.ToDto(parts))];
    }

    public async Task<ProductDto> GetProductAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Menu.Default, ct);
        return await DtoAsync(await products.GetAsync(id, ct), ct);
    }

    public async Task<ProductDto> CreateProductAsync(SaveProductDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Menu.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var category = await products.GetCategoryAsync(input.CategoryId, ct);
        if (category.StoreId != input.StoreId) throw new EntityNotFoundException(nameof(ProductCategory), input.CategoryId);
        var product = new Product(Guid.CreateVersion7(), category, Details(input), Prices(input), input.Specs.ToSpecs(), input.Stock, input.StockWarning,
            clock.GetUtcNow());
        await combos.SetAsync(product, input.Combo?.ToCombo(), ct);
        await products.InsertAsync(product, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await DtoAsync(product, ct);
    }

    public async Task<ProductDto> UpdateProductAsync(Guid id, SaveProductDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Menu.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var product = await products.GetAsync(id, ct);
        var category = await products.GetCategoryAsync(input.CategoryId, ct);
        await combos.SetAsync(product, null, ct); // specs and contents are checked against each other anew
        product.Update(category, Details(input), Prices(input), input.Specs.ToSpecs(), input.StockWarning, clock.GetUtcNow());
        await combos.SetAsync(product, input.Combo?.ToCombo(), ct);
        await unitOfWork.SaveChangesAsync(ct);
        return await DtoAsync(product, ct);
    }

    public async Task<ProductDto> ChangeStatusAsync(Guid id, ChangeProductStatusDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Menu.Stock, ct);
        await inputValidation.ValidateAsync(input, ct);
        var product = await products.GetAsync(id, ct);
        product.SetStatus(input.Status);
        await unitOfWork.SaveChangesAsync(ct);
        return await DtoAsync(product, ct);
    }

    public async Task DeleteProductAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Menu.Manage, ct);
        products.Delete(await products.GetAsync(id, ct));
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task<ProductDto> ChangeStockAsync(Guid id, ChangeStockDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Menu.Stock, ct);
        await inputValidation.ValidateAsync(input, ct);
        var product = await products.GetAsync(id, ct);
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        switch (input.Kind)
        {
            case StockChangeKind.Track:
                product.SetCounted(input.Quantity);
                await unitOfWork.SaveChangesAsync(ct);
                break;
            case StockChangeKind.Untrack:
                product.SetCounted(null);
                await unitOfWork.SaveChangesAsync(ct);
                break;
            case StockChangeKind.Replenish or StockChangeKind.Adjust:
                if (product.Stock is null) throw new BusinessException(OrderingErrorCodes.InvalidStockChange).With("Stock", "not counted");
                if (input.Quantity < 0 || (input.Kind == StockChangeKind.Replenish && input.Quantity == 0))
                    throw new BusinessException(OrderingErrorCodes.InvalidStockChange).With("Stock", input.Quantity);
                var kind = input.Kind == StockChangeKind.Replenish ? StockMovementKind.Replenish : StockMovementKind.Adjust;
                var after = await products.AddStockAsync(id, input.Quantity, kind, null, currentUser.GetId(), note, ct);
                if (after is { } left) await stockNotifier.CheckAsync(product, left, ct);
                await unitOfWork.SaveChangesAsync(ct);
                await products.ReloadAsync(product, ct);
                break;
        }
        return await DtoAsync(product, ct);
    }

    public async Task<IReadOnlyList<StockMovementDto>> GetStockMovementsAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Menu.Stock, ct);
        await products.GetAsync(id, ct);
        return (await products.GetMovementsAsync(id, 200, ct)).Select(m => m.ToDto()).ToList();
    }

    private static ProductDetails Details(SaveProductDto input) => new(input.Name.Trim(), input.NameEn?.Trim(), input.Description?.Trim(),
        input.Images, input.Tags.Select(t => t.Trim().ToLowerInvariant()).Distinct().ToList(), input.PrepMinutes, input.Station, input.Recommended, input.Sort);

    private static ProductPrices Prices(SaveProductDto input) =>
        new(input.PriceFen, input.OriginalPriceFen, input.MemberPriceFen, input.PromotionPriceFen, input.PromotionEndsAt);

    /// <summary>The products the combos among these are made of (what their savings are computed from).</summary>
    private Task<IReadOnlyDictionary<Guid, Product>> PartsAsync(IReadOnlyList<Product> list, CancellationToken ct) => ComboParts.OfAsync(products, list, ct);

    private async Task<ProductDto> DtoAsync(Product product, CancellationToken ct) => product.ToDto(await PartsAsync([product], ct));
}
