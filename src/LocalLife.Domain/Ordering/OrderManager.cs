using LocalLife.Catalog;
using LocalLife.Errors;
using LocalLife.Loyalty;
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

    /// <param name="categoryCodes">The store's product categories by id (lines remember the code, for rebate rules by category).</param>
    /// <param name="amount">The checkout's quote for the lines' total (discounts, points, cash).</param>
    public Order Create(Store store, Space space, Guid customerId, Membership membership, Guid? bookingId, IReadOnlyList<PricedLine> priced,
        IReadOnlyDictionary<Guid, string> categoryCodes, PayableAmount amount, string? note, DateTimeOffset now)
    {
        if (space.StoreId != store.Id) throw new EntityNotFoundException(nameof(Space), space.Id);
        var tenantId = store.TenantId ?? throw new InvalidOperationException("A store always belongs to a merchant.");
        var lines = priced.Select(p => new OrderLine(Guid.CreateVersion7(), tenantId, p.Product!, categoryCodes.GetValueOrDefault(p.Product!.CategoryId, "other"),
            p.Options, p.Line.Quantity, p.RegularUnitFen, p.UnitFen, p.Line.Note)).ToList();
        return new Order(Guid.CreateVersion7(), tenantId, store.Id, space.Id, space.Number, space.Details.Name, customerId, bookingId,
            OrderNumbers.NewNumber(store.LocalTime(now)), lines, amount, note, membership.Priority ? OrderPriority.Vip : OrderPriority.Normal, now);
    }
}
