using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Marketing;
using LocalLife.MultiTenancy;

namespace LocalLife.Ordering;

/// <summary>Prices of a product in fen. The customer pays the lowest that applies: promotion (while it runs), member, regular.</summary>
public sealed record ProductPrices(long PriceFen, long? OriginalPriceFen, long? MemberPriceFen, long? PromotionPriceFen, DateTimeOffset? PromotionEndsAt)
{
    public void Validate()
    {
        if (PriceFen < 0 || OriginalPriceFen < 0 || MemberPriceFen < 0 || PromotionPriceFen < 0
            || MemberPriceFen > PriceFen || PromotionPriceFen > PriceFen)
            throw new BusinessException(OrderingErrorCodes.InvalidPrice).With("Price", PriceFen);
    }

    public bool PromotionActive(DateTimeOffset now) => PromotionPriceFen is not null && (PromotionEndsAt is null || now < PromotionEndsAt);

    /// <summary>The base price before options for this customer at this moment.</summary>
    public long For(bool member, DateTimeOffset now)
    {
        var price = PriceFen;
        if (member && MemberPriceFen is { } m) price = Math.Min(price, m);
        if (PromotionActive(now)) price = Math.Min(price, PromotionPriceFen!.Value);
        return price;
    }
}

/// <summary>
/// A menu item of one store. Stock is optional (null: not counted); when counted, the database never lets it below zero
/// and orders take it with one conditional update (see IProductRepository.TakeStockAsync), so this entity never
/// changes the number itself except through merchant adjustments.
/// </summary>
public class Product : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private Product() { } // EF

    public Product(Guid id, ProductCategory category, ProductDetails details, ProductPrices prices, IReadOnlyList<SpecGroup> specs, int? stock,
        int stockWarning, DateTimeOffset now) : base(id)
    {
        TenantId = category.TenantId;
        StoreId = category.StoreId;
        Status = ProductStatus.OnSale;
        Update(category, details, prices, specs, stockWarning, now);
        if (stock is < 0) throw new BusinessException(OrderingErrorCodes.InvalidStockChange).With("Stock", stock);
        Stock = stock;
    }

    public Guid? TenantId { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid CategoryId { get; private set; }
    public ProductDetails Details { get; private set; } = null!;
    public ProductPrices Prices { get; private set; } = null!;
    public IReadOnlyList<SpecGroup> Specs { get; private set; } = [];

    /// <summary>Units left; null when the merchant does not count this product.</summary>
    public int? Stock { get; private set; }

    /// <summary>At or below this, managers are warned.</summary>
    public int StockWarning { get; private set; }

    public ProductStatus Status { get; private set; }

    /// <summary>Effective station: the product's own, or its category's.</summary>
    public Station Station { get; private set; }

    /// <summary>A set meal's contents and choices; null for an ordinary product. Set through <see cref="Marketing.ComboManager"/>.</summary>
    public Marketing.ComboDefinition? Combo { get; private set; }

    public bool IsSoldOut => Status == ProductStatus.SoldOut || Stock == 0;

    public bool IsOrderable => Status == ProductStatus.OnSale && Stock is null or > 0;

    public void Update(ProductCategory category, ProductDetails details, ProductPrices prices, IReadOnlyList<SpecGroup> specs, int stockWarning,
        DateTimeOffset now)
    {
        if (category.StoreId != StoreId) throw new EntityNotFoundException(nameof(ProductCategory), category.Id);
        prices.Validate();
        // A new end in the past would be a promotion that never runs; an end kept as it was (editing the name of a
        // product whose promotion is over) is history, not a mistake.
        if (prices.PromotionEndsAt is { } endsAt && endsAt <= now && endsAt != Prices?.PromotionEndsAt)
            throw new BusinessException(OrderingErrorCodes.PromotionAlreadyEnded);
        ProductSpecs.Validate(specs);
        if (Combo is not null && specs.Count > 0) throw new BusinessException(MarketingErrorCodes.InvalidCombo);
        if (stockWarning < 0) throw new BusinessException(OrderingErrorCodes.InvalidStockChange).With("Stock", stockWarning);
        CategoryId = category.Id;
        Details = details;
        Prices = prices;
        Specs = specs;
        StockWarning = stockWarning;
        Station = details.Station ?? category.Station;
    }

    /// <summary>Its category now prepares at another station: a product without a station of its own follows.</summary>
    public void FollowCategoryStation(ProductCategory category)
    {
        if (category.Id == CategoryId && Details.Station is null) Station = category.Station;
    }

    public void SetStatus(ProductStatus status) => Status = status;

    /// <summary>Turns stock counting on (a number) or off (null); movements of a counted stock go through the repository.</summary>
    public void SetCounted(int? stock)
    {
        if (stock is < 0) throw new BusinessException(OrderingErrorCodes.InvalidStockChange).With("Stock", stock);
        Stock = stock;
    }

    internal void SetCombo(Marketing.ComboDefinition? combo) => Combo = combo;

    /// <summary>The unit price of a combo for this customer with the chosen picks (each may add to the combo's price).</summary>
    public (long Regular, long Charged) ComboUnitPrice(IReadOnlyList<Marketing.ComboPick> picks, bool member, DateTimeOffset now)
    {
        var extra = picks.Sum(p => p.ExtraFen);
        return (Prices.PriceFen + extra, Prices.For(member, now) + extra);
    }

    /// <summary>The unit price for this customer with the chosen options.</summary>
    public (long Regular, long Charged) UnitPrice(IReadOnlyList<ChosenOption> options, bool member, DateTimeOffset now)
    {
        var extra = options.Sum(o => o.DeltaFen);
        return (Prices.PriceFen + extra, Prices.For(member, now) + extra);
    }
}

/// <summary>What a customer reads about a product, and how it is made.</summary>
public sealed record ProductDetails(
    string Name,
    string? NameEn,
    string? Description,
    IReadOnlyList<string> Images,
    IReadOnlyList<string> Tags,
    int PrepMinutes,
    Station? Station,
    bool Recommended,
    int Sort);
