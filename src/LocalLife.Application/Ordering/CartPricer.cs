using LocalLife.Errors;

namespace LocalLife.Ordering;

/// <summary>A cart line at today's prices and availability.</summary>
public sealed record PricedLine(CartLine Line, Product? Product, IReadOnlyList<ChosenOption> Options, long RegularUnitFen, long UnitFen, bool Available)
{
    public bool PriceChanged => Available && UnitFen != Line.UnitPriceFen;
}

/// <summary>
/// Prices carts with the products as they are now. Every signed-in customer is a member of the platform's loyalty
/// programme (levels start at the entry level), so customers pay member prices; promotion prices apply while they run.
/// </summary>
public sealed class CartPricer(IProductRepository products, TimeProvider clock)
{
    public const bool CustomersAreMembers = true;

    public async Task<IReadOnlyList<PricedLine>> PriceAsync(Cart cart, CancellationToken ct)
    {
        var found = (await products.GetManyAsync(cart.Lines.Select(l => l.ProductId).Distinct().ToList(), ct)).ToDictionary(p => p.Id);
        var now = clock.GetUtcNow();
        var priced = new List<PricedLine>();
        foreach (var line in cart.Lines)
        {
            if (!found.TryGetValue(line.ProductId, out var product) || product.StoreId != cart.StoreId)
            {
                priced.Add(new PricedLine(line, null, [], line.UnitPriceFen, line.UnitPriceFen, false));
                continue;
            }
            IReadOnlyList<ChosenOption> options;
            try { options = ProductSpecs.Resolve(product.Specs, line.OptionCodes); }
            catch (BusinessException) { priced.Add(new PricedLine(line, product, [], line.UnitPriceFen, line.UnitPriceFen, false)); continue; }
            var (regular, charged) = product.UnitPrice(options, CustomersAreMembers, now);
            var enough = product.Stock is null || product.Stock >= cart.Lines.Where(l => l.ProductId == product.Id).Sum(l => l.Quantity);
            priced.Add(new PricedLine(line, product, options, regular, charged, product.IsOrderable && enough));
        }
        return priced;
    }

    public static CartDto ToDto(Cart cart, IReadOnlyList<PricedLine> lines)
    {
        var dtoLines = lines.Select(p => new CartLineDto(p.Line.Id, p.Line.ProductId, p.Line.Name, p.Line.OptionCodes, p.Line.OptionsText, p.Line.Quantity,
            p.Line.UnitPriceFen, p.UnitFen, p.UnitFen * p.Line.Quantity, p.Line.Note, p.Available, p.PriceChanged)).ToList();
        var live = lines.Where(l => l.Available).ToList();
        var regular = live.Sum(l => l.RegularUnitFen * l.Line.Quantity);
        var total = live.Sum(l => l.UnitFen * l.Line.Quantity);
        return new CartDto(cart.SpaceId, cart.StoreId, dtoLines, live.Sum(l => l.Line.Quantity), regular, total, regular - total,
            lines.Any(l => !l.Available || l.PriceChanged), live.Select(l => l.Product!.Details.PrepMinutes).DefaultIfEmpty(0).Max());
    }
}
