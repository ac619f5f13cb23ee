using LocalLife.Ordering;

namespace LocalLife.Marketing;

/// <summary>The products the combos of a list are made of, read in one query (from the list itself where it has them).</summary>
internal static class ComboParts
{
    public static async Task<IReadOnlyDictionary<Guid, Product>> OfAsync(IProductRepository products, IReadOnlyList<Product> list, CancellationToken ct)
    {
        var known = list.ToDictionary(p => p.Id);
        var missing = list.Where(p => p.Combo is not null).SelectMany(p => p.Combo!.ProductIds).Distinct().Where(id => !known.ContainsKey(id)).ToList();
        if (missing.Count > 0) foreach (var part in await products.GetManyAsync(missing, ct)) known[part.Id] = part;
        return known;
    }
}
