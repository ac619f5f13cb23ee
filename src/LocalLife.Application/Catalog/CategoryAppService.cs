using System.Globalization;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Localization;
using LocalLife.Permissions;
using LocalLife.Validation;

namespace LocalLife.Catalog;

public sealed class CategoryAppService(ICategoryRepository categories, ICatalogSettingsRepository settings, IUnitOfWork unitOfWork, IPermissionChecker permissionChecker, InputValidation inputValidation) : ICategoryAppService
{
    private static string Culture => LocalLifeTexts.Resolve(CultureInfo.CurrentUICulture);

    public async Task<IReadOnlyList<CategoryDto>> GetAllAsync(CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Categories.Default, ct);
        return (await categories.GetListAsync(ct)).OrderBy(c => c.SortOrder).Select(c => c.ToDto(Culture)).ToList();
    }

    public async Task<IReadOnlyList<CategoryDto>> GetEnabledAsync(CancellationToken ct) =>
        (await categories.GetListAsync(ct)).Where(c => c.IsEnabled).OrderBy(c => c.SortOrder).Select(c => c.ToDto(Culture)).ToList();

    public async Task<CategoryDto> CreateAsync(CreateCategoryDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Categories.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var code = input.Code.Trim().ToLowerInvariant();
        if (await categories.FindByCodeAsync(code, ct) is not null)
            throw new BusinessException(CatalogErrorCodes.DuplicateCategoryCode).With("Code", code);
        var category = new Category(Guid.CreateVersion7(), code, new LocalizedName(input.NameZhHans.Trim(), input.NameEn.Trim()),
            input.Icon, input.Description, input.SortOrder, input.IsEnabled);
        category.SetTemplates(input.SpaceTypes.Select(t => t.ToOption()).ToList(), input.ProductCategories.Select(p => p.ToTemplate()).ToList());
        await categories.InsertAsync(category, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return category.ToDto(Culture);
    }

    public async Task<CategoryDto> UpdateAsync(string code, UpdateCategoryDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Categories.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var category = await GetAsync(code, ct);
        category.Update(new LocalizedName(input.NameZhHans.Trim(), input.NameEn.Trim()), input.Icon, input.Description, input.SortOrder);
        category.SetTemplates(input.SpaceTypes.Select(t => t.ToOption()).ToList(), input.ProductCategories.Select(p => p.ToTemplate()).ToList());
        await unitOfWork.SaveChangesAsync(ct);
        return category.ToDto(Culture);
    }

    public async Task<CategoryDto> EnableAsync(string code, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Categories.Manage, ct);
        var category = await GetAsync(code, ct);
        category.Enable();
        await unitOfWork.SaveChangesAsync(ct);
        return category.ToDto(Culture);
    }

    public async Task<CategoryDto> DisableAsync(string code, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Categories.Manage, ct);
        var category = await GetAsync(code, ct);
        category.Disable();
        await unitOfWork.SaveChangesAsync(ct);
        return category.ToDto(Culture);
    }

    public async Task<CatalogSettingsDto> GetSettingsAsync(CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Categories.Default, ct);
        return ToDto(await settings.GetAsync(ct));
    }

    public async Task<CatalogSettingsDto> UpdateSettingsAsync(CatalogSettingsDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Categories.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var current = await settings.GetAsync(ct);
        current.SetWeights(new CompositeWeights(input.WeightRating, input.WeightDistance, input.WeightPopularity));
        await unitOfWork.SaveChangesAsync(ct);
        return ToDto(current);
    }

    private async Task<Category> GetAsync(string code, CancellationToken ct) =>
        await categories.FindByCodeAsync(code.Trim().ToLowerInvariant(), ct) ?? throw new EntityNotFoundException(nameof(Category), code);

    private static CatalogSettingsDto ToDto(CatalogSettings s) => new(s.Weights.Rating, s.Weights.Distance, s.Weights.Popularity);
}
