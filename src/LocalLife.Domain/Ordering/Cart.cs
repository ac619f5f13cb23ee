using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;

namespace LocalLife.Ordering;

/// <summary>
/// One line of a cart: a product with chosen options, as priced when it was put in (so the cart can say when a
/// price changed before checkout).
/// </summary>
public sealed record CartLine(Guid Id, Guid ProductId, string Name, IReadOnlyList<string> OptionCodes, string OptionsText, int Quantity, long UnitPriceFen,
    string? Note);

/// <summary>A customer's cart for one space (room, booth, table), kept on the server until checkout empties it.</summary>
public class Cart : AggregateRoot<Guid>, IMultiTenant
{
    private Cart() { } // EF

    public Cart(Guid id, Guid tenantId, Guid storeId, Guid spaceId, Guid customerId, DateTimeOffset now) : base(id)
    {
        TenantId = tenantId;
        StoreId = storeId;
        SpaceId = spaceId;
        CustomerId = customerId;
        UpdatedAt = now;
    }

    public Guid? TenantId { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid SpaceId { get; private set; }
    public Guid CustomerId { get; private set; }
    public IReadOnlyList<CartLine> Lines { get; private set; } = [];
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Adds a product; the same product with the same options and note adds to that line's quantity.</summary>
    public CartLine Add(Product product, IReadOnlyList<ChosenOption> options, int quantity, long unitPriceFen, string? note, DateTimeOffset now) =>
        Add(product, [.. options.Select(o => $"{o.GroupCode}:{o.OptionCode}")], string.Join(" / ", options.Select(o => o.OptionName)), quantity, unitPriceFen,
            note, now);

    /// <summary>Adds a combo with the customer's picks (written "group:productId", in the combo's own order).</summary>
    public CartLine AddCombo(Product combo, IReadOnlyList<Marketing.ComboPick> picks, int quantity, long unitPriceFen, string? note, DateTimeOffset now) =>
        Add(combo, [.. picks.Select(p => p.Code)], string.Join(" / ", picks.Select(p => p.Quantity > 1 ? $"{p.ProductName} ×{p.Quantity}" : p.ProductName)), quantity,
            unitPriceFen, note, now);

    private CartLine Add(Product product, IReadOnlyList<string> codes, string text, int quantity, long unitPriceFen, string? note, DateTimeOffset now)
    {
        CheckQuantity(quantity);
        var same = Lines.FirstOrDefault(l => l.ProductId == product.Id && l.OptionCodes.SequenceEqual(codes) && l.Note == note);
        if (same is not null) return Change(same.Id, same.Quantity + quantity, unitPriceFen, now);
        if (Lines.Count >= OrderingConsts.MaxLinesPerOrder)
            throw new BusinessException(OrderingErrorCodes.InvalidOptions).With("Option", $"at most {OrderingConsts.MaxLinesPerOrder} lines");
        var line = new CartLine(Guid.CreateVersion7(), product.Id, product.Details.Name, codes, text, quantity, unitPriceFen, note);
        Lines = [.. Lines, line];
        UpdatedAt = now;
        return line;
    }

    /// <summary>Sets a line's quantity (0 removes it), repricing it at today's price.</summary>
    public CartLine Change(Guid lineId, int quantity, long unitPriceFen, DateTimeOffset now)
    {
        var line = Lines.FirstOrDefault(l => l.Id == lineId) ?? throw new BusinessException(OrderingErrorCodes.CartLineNotFound).With("Line", lineId);
        if (quantity == 0) { Remove(lineId, now); return line with { Quantity = 0 }; }
        CheckQuantity(quantity);
        var changed = line with { Quantity = quantity, UnitPriceFen = unitPriceFen };
        Lines = Lines.Select(l => l.Id == lineId ? changed : l).ToList();
        UpdatedAt = now;
        return changed;
    }

    public void Remove(Guid lineId, DateTimeOffset now)
    {
        if (Lines.All(l => l.Id != lineId)) throw new BusinessException(OrderingErrorCodes.CartLineNotFound).With("Line", lineId);
        Lines = Lines.Where(l => l.Id != lineId).ToList();
        UpdatedAt = now;
    }

    public void Clear(DateTimeOffset now)
    {
        Lines = [];
        UpdatedAt = now;
    }

    private static void CheckQuantity(int quantity)
    {
        if (quantity is < 1 or > OrderingConsts.MaxQuantityPerLine)
            throw new BusinessException(OrderingErrorCodes.InvalidOptions).With("Option", $"quantity 1–{OrderingConsts.MaxQuantityPerLine}");
    }
}
