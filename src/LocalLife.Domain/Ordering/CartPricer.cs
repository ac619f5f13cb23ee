using LocalLife.Errors;
using LocalLife.Loyalty;

namespace LocalLife.Ordering;

/// <summary>A cart line at today's prices and availability.</summary>
public sealed record PricedLine(CartLine Line, Product? Product, IReadOnlyList<ChosenOption> Options, long RegularUnitFen, long UnitFen, bool Available)
{
    public bool PriceChanged => Available && UnitFen != Line.UnitPriceFen;
    public long LineFen => UnitFen * Line.Quantity;
}

/// <summary>
/// Prices carts with the products as they are now, for one customer: promotion prices while they run, member prices
/// when the customer's member level has that perk (<see cref="Membership.MemberPrices"/>), the regular price otherwise.
/// A line whose product is gone, moved to another store, lost the chosen options or lacks the stock is unavailable.
/// </summary>
public class CartPricer(IProductRepository products, TimeProvider clock)
{
    public async Task<IReadOnlyList<PricedLine>> PriceAsync(Cart cart, Membership membership, CancellationToken ct)
    {
        var found = (await products.GetManyAsync(cart.Lines.Select(l => l.ProductId).Distinct().ToList(), ct)).ToDictionary(p => p.Id);
        return Price(cart, found, membership, clock.GetUtcNow());
    }

    public static IReadOnlyList<PricedLine> Price(Cart cart, IReadOnlyDictionary<Guid, Product> products, Membership membership, DateTimeOffset now)
    {
        var priced = new List<PricedLine>();
        foreach (var line in cart.Lines)
        {
            if (!products.TryGetValue(line.ProductId, out var product) || product.StoreId != cart.StoreId)
            {
                priced.Add(Unavailable(line, null));
                continue;
            }
            IReadOnlyList<ChosenOption> options;
            try { options = ProductSpecs.Resolve(product.Specs, line.OptionCodes); }
            catch (BusinessException) { priced.Add(Unavailable(line, product)); continue; }
            var (regular, charged) = product.UnitPrice(options, membership.MemberPrices, now);
            var enough = product.Stock is null || product.Stock >= cart.Lines.Where(l => l.ProductId == product.Id).Sum(l => l.Quantity);
            priced.Add(new PricedLine(line, product, options, regular, charged, product.IsOrderable && enough));
        }
        return priced;
    }

    private static PricedLine Unavailable(CartLine line, Product? product) => new(line, product, [], line.UnitPriceFen, line.UnitPriceFen, false);
}
