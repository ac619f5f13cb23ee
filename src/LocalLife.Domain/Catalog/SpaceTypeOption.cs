using LocalLife.Spaces;

namespace LocalLife.Catalog;

/// <summary>A type of space a merchant offers (small room, window booth…); categories hold the defaults as templates.</summary>
public sealed record SpaceTypeOption(string Code, SpaceKind Kind, string NameZhHans, string NameEn);

/// <summary>A product category a new store's menu starts with (drinks, snacks…), and the station that prepares it.</summary>
public sealed record ProductCategoryTemplate(string Code, string NameZhHans, string NameEn, string Station);
