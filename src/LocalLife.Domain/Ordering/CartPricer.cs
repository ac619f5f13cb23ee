using LocalLife.Errors;
using LocalLife.Loyalty;
using LocalLife.Marketing;

namespace LocalLife.Ordering;

/// <summary>What one unit of a combo line is made of: a product, how many of it, and where it is made.</summary>
public sealed record LineComponent(Product Product, int Quantity);

/// <summary>A cart line at today's prices and availability; a combo's with its picks and the products it is made of.</summary>
public sealed record PricedLine(CartLine Line, Product? Product, IReadOnlyList<ChosenOption> Options, long RegularUnitFen, long UnitFen, bool Available)
{
    /// <summary>The activity whose price this line is sold at (its units count against the activity's limits).</summary>
    public OfferedPrice? Activity { get; init; }
    public IReadOnlyList<ComboPick> Picks { get; init; } = [];
    public IReadOnlyList<LineComponent> Components { get; init; } = [];
    public bool PriceChanged => Available && UnitFen != Line.UnitPriceFen;
    public long LineFen => UnitFen * Line.Quantity;
}

/// <summary>
/// Prices carts with the products as they are now, for one customer: promotion prices while they run, member prices
/// when the customer's member level has that perk (<see cref="Membership.MemberPrices"/>), the regular price otherwise.
/// A running activity's price applies to a product while the customer may still buy all its units in the cart at it
/// (its limits); otherwise the product's own price. A line whose product is gone, moved to another store, lost the
/// chosen options or picks, or lacks the stock (of itself or, for a combo, of what it is made of — counted over the whole
/// cart) is unavailable.
/// </summary>
public class CartPricer(IProductRepository products, ActivityOffers activities, TimeProvider clock)
{
    public async Task<IReadOnlyList<PricedLine>> PriceAsync(Cart cart, Membership membership, CancellationToken ct) =>
        (await PriceWithActivitiesAsync(cart, membership, ct)).Lines;

    /// <summary>The cart priced, and the activities running at its store for its customer (the checkout's spend discounts).</summary>
    public async Task<(IReadOnlyList<PricedLine> Lines, StoreActivities Activities)> PriceWithActivitiesAsync(Cart cart, Membership membership,
        CancellationToken ct)
    {
        var found = (await products.GetManyAsync(cart.Lines.Select(l => l.ProductId).Distinct().ToList(), ct)).ToDictionary(p => p.Id);
        var parts = found.Values.Where(p => p.Combo is not null).SelectMany(p => p.Combo!.ProductIds).Where(id => !found.ContainsKey(id)).Distinct().ToList();
        if (parts.Count > 0) foreach (var part in await products.GetManyAsync(parts, ct)) found[part.Id] = part;
        var offers = await activities.ForAsync(cart.StoreId, cart.CustomerId, ct);
        return (Price(cart, found, membership, clock.GetUtcNow(), offers), offers);
    }

    /// <param name="products">The cart's products and the products their combos are made of.</param>
    /// <param name="activities">What activities offer the customer now (none: <see cref="StoreActivities.None"/>).</param>
    public static IReadOnlyList<PricedLine> Price(Cart cart, IReadOnlyDictionary<Guid, Product> products, Membership membership, DateTimeOffset now,
        StoreActivities? activities = null)
    {
        var offers = (activities ?? StoreActivities.None).Prices;
        var units = cart.Lines.GroupBy(l => l.ProductId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        var priced = cart.Lines.Select(line => WithActivity(PriceLine(cart, line, products, membership, now), offers, units)).ToList();
        // Stock is counted over the whole cart: two lines (or a line and a combo) of the same product need both their units.
        var wanted = priced.Where(p => p.Available).SelectMany(Units).GroupBy(u => u.Product.Id).ToDictionary(g => g.Key, g => g.Sum(u => u.Quantity));
        return [.. priced.Select(p => p.Available && Units(p).All(u => u.Product.Stock is null || u.Product.Stock >= wanted[u.Product.Id]) ? p : p with { Available = false })];
    }

    /// <summary>The products a line takes stock from and how many: itself, and for a combo what it is made of.</summary>
    public static IEnumerable<(Product Product, int Quantity)> Units(PricedLine line) =>
        line.Components.Select(c => (c.Product, c.Quantity * line.Line.Quantity)).Prepend((line.Product!, line.Line.Quantity));

    private static PricedLine PriceLine(Cart cart, CartLine line, IReadOnlyDictionary<Guid, Product> products, Membership membership, DateTimeOffset now)
    {
        if (!products.TryGetValue(line.ProductId, out var product) || product.StoreId != cart.StoreId) return Unavailable(line, null);
        try
        {
            if (product.Combo is not { } combo)
            {
                var options = ProductSpecs.Resolve(product.Specs, line.OptionCodes);
                var (regular, charged) = product.UnitPrice(options, membership.MemberPrices, now);
                return new PricedLine(line, product, options, regular, charged, product.IsOrderable);
            }
            var picks = combo.Resolve(line.OptionCodes, id => products.TryGetValue(id, out var p) ? p.Details.Name : "?");
            var components = combo.Items.Select(i => (i.ProductId, i.Quantity)).Concat(picks.Select(p => (p.ProductId, p.Quantity)))
                .Select(c => products.TryGetValue(c.ProductId, out var part) && part.StoreId == cart.StoreId ? new LineComponent(part, c.Quantity) : null)
                .ToList();
            var (comboRegular, comboCharged) = product.ComboUnitPrice(picks, membership.MemberPrices, now);
            var orderable = product.Status == ProductStatus.OnSale && product.Stock is null or > 0 && components.All(c => c is { Product.IsOrderable: true });
            return new PricedLine(line, product, [], comboRegular, comboCharged, orderable) { Picks = picks, Components = [.. components.OfType<LineComponent>()] };
        }
        catch (BusinessException)
        {
            return Unavailable(line, product);
        }
    }

    /// <summary>The activity's price when it is lower and all the cart's units of the product fit what the customer may still buy at it.</summary>
    private static PricedLine WithActivity(PricedLine line, IReadOnlyDictionary<Guid, OfferedPrice> offers, IReadOnlyDictionary<Guid, int> units)
    {
        if (line.Product is null || !offers.TryGetValue(line.Product.Id, out var offer) || offer.UnitsLeft < units[line.Product.Id]) return line;
        var unit = offer.PriceFen + Math.Max(0, line.Options.Sum(o => o.DeltaFen) + line.Picks.Sum(p => p.ExtraFen));
        return unit < line.UnitFen ? line with { UnitFen = unit, Activity = offer } : line;
    }

    private static PricedLine Unavailable(CartLine line, Product? product) => new(line, product, [], line.UnitPriceFen, line.UnitPriceFen, false);
}
