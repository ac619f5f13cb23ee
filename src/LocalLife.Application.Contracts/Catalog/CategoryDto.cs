using LocalLife.Spaces;

namespace LocalLife.Catalog;

public sealed record CategoryDto(
    Guid Id,
    string Code,
    string Name,
    string NameZhHans,
    string NameEn,
    string? Icon,
    string? Description,
    int SortOrder,
    bool IsEnabled,
    IReadOnlyList<SpaceTypeDto> SpaceTypes,
    IReadOnlyList<ProductCategoryTemplateDto> ProductCategories);

public sealed record SpaceTypeDto(string Code, SpaceKind Kind, string NameZhHans, string NameEn);

public sealed record ProductCategoryTemplateDto(string Code, string NameZhHans, string NameEn, string Station);

public record UpdateCategoryDto
{
    public string NameZhHans { get; init; } = "";
    public string NameEn { get; init; } = "";
    public string? Icon { get; init; }
    public string? Description { get; init; }
    public int SortOrder { get; init; }
    public IReadOnlyList<SpaceTypeDto> SpaceTypes { get; init; } = [];
    public IReadOnlyList<ProductCategoryTemplateDto> ProductCategories { get; init; } = [];
}

public sealed record CreateCategoryDto : UpdateCategoryDto
{
    public string Code { get; init; } = "";
    public bool IsEnabled { get; init; }
}

public sealed record CatalogSettingsDto(int WeightRating, int WeightDistance, int WeightPopularity);
