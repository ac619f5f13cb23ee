using LocalLife.Marketing;

namespace LocalLife.Ordering;

internal static class OrderingMapping
{
    public static ProductCategoryDto ToDto(this ProductCategory c) => new(c.Id, c.StoreId, c.Code, c.NameZhHans, c.NameEn, c.Station, c.Sort, c.IsEnabled);

    public static IReadOnlyList<SpecGroupDto> ToDto(this IReadOnlyList<SpecGroup> specs) =>
        specs.Select(g => new SpecGroupDto(g.Code, g.Name, g.Required, g.Multiple, g.Options.Select(o => new SpecOptionDto(o.Code, o.Name, o.DeltaFen)).ToList()))
            .ToList();

    public static IReadOnlyList<SpecGroup> ToSpecs(this IReadOnlyList<SpecGroupDto> specs) =>
        specs.Select(g => new SpecGroup(g.Code.Trim(), g.Name.Trim(), g.Required, g.Multiple,
            g.Options.Select(o => new SpecOption(o.Code.Trim(), o.Name.Trim(), o.DeltaFen)).ToList())).ToList();

    private static readonly IReadOnlyDictionary<Guid, Product> NoParts = new Dictionary<Guid, Product>();

    /// <param name="parts">For a combo, the products it is made of (its saving is computed from their prices now).</param>
    public static ProductDto ToDto(this Product p, IReadOnlyDictionary<Guid, Product>? parts = null) => new(
        p.Id, p.StoreId, p.CategoryId, p.Details.Name, p.Details.NameEn, p.Details.Description, p.Details.Images, p.Details.Tags,
        p.Prices.PriceFen, p.Prices.OriginalPriceFen, p.Prices.MemberPriceFen, p.Prices.PromotionPriceFen, p.Prices.PromotionEndsAt, p.Specs.ToDto(),
        p.Stock, p.StockWarning, p.Stock <= p.StockWarning, p.Status, p.IsSoldOut, p.Details.Recommended, p.Details.PrepMinutes, p.Details.Station, p.Station,
        p.Details.Sort, p.Combo is null ? null : p.ToSummary(parts ?? NoParts));

    /// <param name="parts">For a combo, the products it is made of: a combo is sold out when one of its fixed items is.</param>
    /// <param name="activities">What running activities offer this customer; a product's activity price shows when lower than its own.</param>
    public static MenuProductDto ToMenuDto(this Product p, bool member, DateTimeOffset now, IReadOnlyDictionary<Guid, Product>? parts = null,
        StoreActivities? activities = null)
    {
        var own = p.Prices.For(member, now);
        var offer = activities?.Prices.GetValueOrDefault(p.Id) is { } o && o.PriceFen < own ? o : null;
        return Menu(p, now, parts, own, offer);
    }

    private static MenuProductDto Menu(Product p, DateTimeOffset now, IReadOnlyDictionary<Guid, Product>? parts, long own, OfferedPrice? offer) => new(
        p.Id, p.CategoryId, p.Details.Name, p.Details.Description, p.Details.Images, p.Details.Tags, p.Prices.PriceFen, p.Prices.OriginalPriceFen,
        p.Prices.MemberPriceFen, p.Prices.PromotionActive(now) ? p.Prices.PromotionPriceFen : null, offer?.PriceFen ?? own, p.Specs.ToDto(),
        p.IsSoldOut || p.Status == ProductStatus.Paused || p.Combo is { } c && c.Items.Any(i => parts?.GetValueOrDefault(i.ProductId) is not { IsOrderable: true }),
        p.Stock, p.Details.Recommended, p.Details.PrepMinutes, p.Combo is null ? null : p.ToMenu(parts ?? NoParts), offer?.ToMenuDto());

    public static StockMovementDto ToDto(this StockMovement m) => new(m.Id, m.ProductId, m.Kind, m.Delta, m.StockAfter, m.OrderId, m.ByUserId, m.Note, m.At);

    public static OrderDto ToDto(this Order o) => new(
        o.Id, o.Number, o.StoreId, o.SpaceId, o.SpaceNumber, o.SpaceName, o.CustomerId, o.BookingId, o.Status,
        o.Lines.Select(l => new OrderLineDto(l.Id, l.ProductId, l.Name, l.Options.Select(x => x.OptionName).ToList(), l.Quantity, l.UnitPriceFen,
            l.RegularUnitPriceFen, l.Station, l.PrepMinutes, l.Note, l.DiscountFen, l.PicksText,
            [.. l.Components.Select(c => new OrderLineComponentDto(c.ProductId, c.Name, c.Quantity, c.Station))])).ToList(),
        o.RegularFen, o.Amount.ItemsFen, o.Amount.PointsUsed, o.Amount.PointsFen, o.Amount.CashFen, o.RefundedFen, o.PaymentId, o.Note, o.PlacedAt, o.PayBy, o.PaidAt, o.AcceptBy,
        o.EscalatedAt, o.EstimatedReadyAt, o.DeliveredAt, o.CompletedAt, o.CancelReason,
        o.Issue is { } i ? new OrderIssueDto(i.Kind, i.Note, i.At, i.Resolution, i.ResolutionNote, i.RefundFen, i.ResolvedAt) : null,
        o.PointsEarned, o.Timeline.Select(s => new OrderStepDto(s.Status, s.At, s.Note)).ToList(), o.Priority, o.Amount.DiscountFen, o.Discounts.ToDto());

    public static CartDto ToDto(this Cart cart, IReadOnlyList<PricedLine> lines)
    {
        var dtoLines = lines.Select(p => new CartLineDto(p.Line.Id, p.Line.ProductId, p.Line.Name, p.Line.OptionCodes, p.Line.OptionsText, p.Line.Quantity,
            p.Line.UnitPriceFen, p.UnitFen, p.LineFen, p.Line.Note, p.Available, p.PriceChanged)).ToList();
        var live = lines.Where(l => l.Available).ToList();
        var regular = live.Sum(l => l.RegularUnitFen * l.Line.Quantity);
        var total = live.Sum(l => l.LineFen);
        return new CartDto(cart.SpaceId, cart.StoreId, dtoLines, live.Sum(l => l.Line.Quantity), regular, total, regular - total,
            lines.Any(l => !l.Available || l.PriceChanged), live.Select(l => l.Product!.Details.PrepMinutes).DefaultIfEmpty(0).Max());
    }
}
