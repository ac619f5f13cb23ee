namespace LocalLife.Catalog;

public sealed record CategoryDto(Guid Id, string Code, string Name, string NameZhHans, string NameEn, string? Icon, string? Description, int SortOrder, bool IsEnabled);
