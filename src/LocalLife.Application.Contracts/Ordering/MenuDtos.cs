using LocalLife.Common;

namespace LocalLife.Ordering;

public sealed record ProductCategoryDto(Guid Id, Guid StoreId, string Code, string NameZhHans, string NameEn, Station Station, int Sort, bool IsEnabled);

public sealed record CreateProductCategoryDto
{
    public Guid StoreId { get; init; }
    public string Code { get; init; } = "";
    public string NameZhHans { get; init; } = "";
    public string NameEn { get; init; } = "";
    public Station Station { get; init; } = Station.Bar;
    public int Sort { get; init; }
}

public sealed record UpdateProductCategoryDto
{
    public string NameZhHans { get; init; } = "";
    public string NameEn { get; init; } = "";
    public Station Station { get; init; } = Station.Bar;
    public int Sort { get; init; }
    public bool IsEnabled { get; init; } = true;
}

public sealed record SpecOptionDto(string Code, string Name, long DeltaFen);

public sealed record SpecGroupDto(string Code, string Name, bool Required, bool Multiple, IReadOnlyList<SpecOptionDto> Options);

/// <summary>A product as the merchant manages it.</summary>
public sealed record ProductDto(
    Guid Id,
    Guid StoreId,
    Guid CategoryId,
    string Name,
    string? NameEn,
    string? Description,
    IReadOnlyList<string> Images,
    IReadOnlyList<string> Tags,
    long PriceFen,
    long? OriginalPriceFen,
    long? MemberPriceFen,
    long? PromotionPriceFen,
    DateTimeOffset? PromotionEndsAt,
    IReadOnlyList<SpecGroupDto> Specs,
    int? Stock,
    int StockWarning,
    bool StockLow,
    ProductStatus Status,
    bool IsSoldOut,
    bool Recommended,
    int PrepMinutes,
    Station? OwnStation,
    Station Station,
    int Sort,
    Marketing.ComboSummaryDto? Combo);

/// <summary>Create and update share this shape; Stock is only read on create (stock moves through the stock endpoints).</summary>
public sealed record SaveProductDto
{
    public Guid StoreId { get; init; }
    public Guid CategoryId { get; init; }
    public string Name { get; init; } = "";
    public string? NameEn { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string> Images { get; init; } = [];
    public IReadOnlyList<string> Tags { get; init; } = [];
    public long PriceFen { get; init; }
    public long? OriginalPriceFen { get; init; }
    public long? MemberPriceFen { get; init; }
    public long? PromotionPriceFen { get; init; }
    public DateTimeOffset? PromotionEndsAt { get; init; }
    public IReadOnlyList<SpecGroupDto> Specs { get; init; } = [];
    /// <summary>Null: stock is not counted.</summary>
    public int? Stock { get; init; }
    public int StockWarning { get; init; }
    public bool Recommended { get; init; }
    public int PrepMinutes { get; init; } = 5;
    /// <summary>Null: the category's station.</summary>
    public Station? Station { get; init; }
    public int Sort { get; init; }
    /// <summary>A set meal's contents; null: an ordinary product. A combo has no spec groups and is priced below its contents.</summary>
    public Marketing.ComboDefinitionDto? Combo { get; init; }
}

public sealed record ChangeProductStatusDto
{
    public ProductStatus Status { get; init; }
}

public sealed record GetProductsInput
{
    public Guid StoreId { get; init; }
    public Guid? CategoryId { get; init; }
    public string? Keyword { get; init; }
    /// <summary>Only counted products at or below their warning threshold.</summary>
    public bool LowStockOnly { get; init; }
}

/// <summary>Replenish adds units; Adjust sets the count (a stocktake); Untrack stops counting; Track starts counting at Quantity.</summary>
public enum StockChangeKind
{
    Replenish = 1,
    Adjust = 2,
    Track = 3,
    Untrack = 4,
}

public sealed record ChangeStockDto
{
    public StockChangeKind Kind { get; init; }
    public int Quantity { get; init; }
    public string? Note { get; init; }
}

public sealed record StockMovementDto(Guid Id, Guid ProductId, StockMovementKind Kind, int Delta, int StockAfter, Guid? OrderId, Guid? ByUserId, string? Note,
    DateTimeOffset At);

// Customer side -------------------------------------------------------------------------------------------------

/// <summary>A product as the customer sees it: the price they pay now (member/promotion applied) next to the regular one.</summary>
public sealed record MenuProductDto(
    Guid Id,
    Guid CategoryId,
    string Name,
    string? Description,
    IReadOnlyList<string> Images,
    IReadOnlyList<string> Tags,
    long PriceFen,
    long? OriginalPriceFen,
    long? MemberPriceFen,
    long? PromotionPriceFen,
    long YourPriceFen,
    IReadOnlyList<SpecGroupDto> Specs,
    bool IsSoldOut,
    int? StockLeft,
    bool Recommended,
    int PrepMinutes,
    Marketing.MenuComboDto? Combo,
    Marketing.MenuActivityDto? Activity);

public sealed record MenuCategoryDto(Guid Id, string Code, string Name, Station Station, IReadOnlyList<MenuProductDto> Products);

public sealed record MenuDto(Guid StoreId, string StoreName, IReadOnlyList<MenuCategoryDto> Categories);

public sealed record GetMenuInput
{
    public string? Keyword { get; init; }
    public Guid? CategoryId { get; init; }
}

/// <summary>A recommended product and why (热销, 适合聚会, 时段推荐…), as a stable reason code and texts.</summary>
public sealed record RecommendationDto(MenuProductDto Product, string Reason, string ReasonZhHans, string ReasonEn, int SuggestedQuantity);

/// <param name="OneTapProductIds">What "add the recommended set" adds: a combo fitting the party when one does, else the items recommended.</param>
/// <param name="PartySize">The party recommended for: the checked-in booking's, or as many as the space seats.</param>
public sealed record RecommendationsDto(Guid SpaceId, string SpaceType, string TimeOfDay, IReadOnlyList<RecommendationDto> Items,
    IReadOnlyList<Guid> OneTapProductIds, int PartySize);
