namespace LocalLife.Catalog;

/// <summary>Platform categories: operators define them (as data, with templates); customers see the open ones.</summary>
public interface ICategoryAppService
{
    /// <summary>Every category, open or not, for platform operators.</summary>
    Task<IReadOnlyList<CategoryDto>> GetAllAsync(CancellationToken ct);

    /// <summary>Open categories in display order, for customers.</summary>
    Task<IReadOnlyList<CategoryDto>> GetEnabledAsync(CancellationToken ct);

    Task<CategoryDto> CreateAsync(CreateCategoryDto input, CancellationToken ct);
    Task<CategoryDto> UpdateAsync(string code, UpdateCategoryDto input, CancellationToken ct);
    Task<CategoryDto> EnableAsync(string code, CancellationToken ct);
    Task<CategoryDto> DisableAsync(string code, CancellationToken ct);

    Task<CatalogSettingsDto> GetSettingsAsync(CancellationToken ct);
    Task<CatalogSettingsDto> UpdateSettingsAsync(CatalogSettingsDto input, CancellationToken ct);
}
