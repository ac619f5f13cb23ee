using LocalLife.Catalog;
using LocalLife.Errors;
using LocalLife.Loyalty;
using LocalLife.Marketing;
using LocalLife.Payments;
using LocalLife.Spaces;

namespace LocalLife.Ordering;

/// <summary>
/// The only way an order is made: the store must take orders now, the cart must hold something, and the customer must
/// have seen what they pay (an unavailable line, or a price that moved since they looked, answers 409 CartChanged so
/// the app shows the cart again). Customers whose member level has the priority perk order as VIP from the start.
/// </summary>
public class OrderManager
{
    /// <summary>What the cart's available lines come to, once it is clear the customer may check out with it.</summary>
    /// <param name="expectedTotalFen">The total the customer saw; without it, any price change since the lines were added refuses.</param>
    public long CheckOut(Store store, IReadOnlyList<PricedLine> priced, long? expectedTotalFen, DateTimeOffset now)
    {
        if (!store.TakesOrdersAt(now)) throw new BusinessException(OrderingErrorCodes.StoreNotTakingOrders);
        if (priced.Count == 0) throw new BusinessException(OrderingErrorCodes.CartEmpty);
        var total = priced.Where(p => p.Available).Sum(p => p.LineFen);
        if (priced.Any(p => !p.Available) || (expectedTotalFen is { } expected ? expected != total : priced.Any(p => p.PriceChanged)))
            throw new BusinessException(OrderingErrorCodes.CartChanged);
        return total;
    }

    /// <summary>The order's lines as coupons judge them (product, category code, amount), before anything is decided.</summary>
    public static IReadOnlyList<CouponLine> CouponLines(IReadOnlyList<PricedLine> priced, IReadOnlyDictionary<Guid, string> categoryCodes) =>
        [.. priced.Select(p => new CouponLine(p.Product!.Id, CategoryCode(p.Product!, categoryCodes), p.LineFen))];

    /// <param name="categoryCodes">The store's product categories by id (lines remember the code, for rebate rules and coupons by category).</param>
    /// <param name="amount">The checkout's quote for the lines' total (discounts, points, cash).</param>
    /// <param name="discounts">What the discount of <paramref name="amount"/> is made of, each with the lines it covers (null: all of them).</param>
    public Order Create(Store store, Space space, Guid customerId, Membership membership, Guid? bookingId, IReadOnlyList<PricedLine> priced,
        IReadOnlyDictionary<Guid, string> categoryCodes, PayableAmount amount, IReadOnlyList<OrderDiscount> discounts, string? note, DateTimeOffset now)
    {
        if (space.StoreId != store.Id) throw new EntityNotFoundException(nameof(Space), space.Id);
        var tenantId = store.TenantId ?? throw new InvalidOperationException("A store always belongs to a merchant.");
        var lines = priced.Select(p => new OrderLine(Guid.CreateVersion7(), tenantId, p.Product!, CategoryCode(p.Product!, categoryCodes),
            p.Options, p.Line.Quantity, p.RegularUnitFen, p.UnitFen, p.Line.Note,
            [.. p.Components.Select(c => new OrderLineComponent(Guid.CreateVersion7(), c.Product.Id, c.Product.Details.Name, c.Quantity, c.Product.Station,
                c.Product.Details.PrepMinutes))],
            p.Picks.Count > 0 ? p.Line.OptionsText : null, p.Activity?.ActivityId)).ToList();
        foreach (var discount in discounts)
        {
            var covered = lines.Select(l => discount.Covers(new CouponLine(l.ProductId, l.CategoryCode, l.AmountFen)) ? l.AmountFen - l.DiscountFen : 0).ToList();
            var shares = DiscountSplit.Allocate(discount.Discount.AmountFen, covered);
            for (var i = 0; i < lines.Count; i++) lines[i].AddDiscount(shares[i]);
        }
        return new Order(Guid.CreateVersion7(), tenantId, store.Id, space.Id, space.Number, space.Details.Name, customerId, bookingId,
            OrderNumbers.NewNumber(store.LocalTime(now)), lines, amount, [.. discounts.Select(d => d.Discount)], note,
            membership.Priority ? OrderPriority.Vip : OrderPriority.Normal, now);
    }

    private static string CategoryCode(Product product, IReadOnlyDictionary<Guid, string> categoryCodes) =>
        categoryCodes.GetValueOrDefault(product.CategoryId, "other");
}

/// <summary>A discount of an order and the lines it covers: a coupon's by its products and categories, an activity's all of them.</summary>
public sealed record OrderDiscount(PayableDiscount Discount, CouponRules? Rules)
{
    public bool Covers(CouponLine line) => Rules?.Covers(line) ?? true;
}
