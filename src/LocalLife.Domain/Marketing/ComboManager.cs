using LocalLife.Errors;
using LocalLife.Ordering;

namespace LocalLife.Marketing;

/// <summary>
/// Makes a product a combo (or an ordinary product again): its contents must be other, ordinary products of the same
/// store, and its price must be below what they cost one by one (with the cheapest picks that meet each group).
/// </summary>
public class ComboManager(IProductRepository products)
{
    public async Task SetAsync(Product product, ComboDefinition? combo, CancellationToken ct)
    {
        if (combo is null)
        {
            product.SetCombo(null);
            return;
        }
        combo.Validate();
        if (product.Specs.Count > 0) throw new BusinessException(MarketingErrorCodes.InvalidCombo);
        var ids = combo.ProductIds.ToList();
        var parts = (await products.GetManyAsync(ids, ct)).ToDictionary(p => p.Id);
        foreach (var id in ids)
        {
            if (!parts.TryGetValue(id, out var part) || part.StoreId != product.StoreId || part.Id == product.Id)
                throw new EntityNotFoundException(nameof(Product), id);
            if (part.Combo is not null || part.Specs.Any(g => g.Required)) throw new BusinessException(MarketingErrorCodes.InvalidCombo);
        }
        var regular = combo.ComponentsRegularFen(parts.ToDictionary(p => p.Key, p => p.Value.Prices.PriceFen));
        if (product.Prices.PriceFen >= regular)
            throw new BusinessException(MarketingErrorCodes.ComboNotCheaper).With("Price", product.Prices.PriceFen).With("Sum", regular);
        product.SetCombo(combo);
    }
}
