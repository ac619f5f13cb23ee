namespace LocalLife.Marketing;

/// <summary>
/// What the activities running at a store offer one customer now: per product the lowest activity price with units
/// left for them (the customer's limit and the activity's total, whichever is tighter), and the best spend discount.
/// </summary>
public class ActivityOffers(IActivityRepository activities, TimeProvider clock)
{
    public async Task<StoreActivities> ForAsync(Guid storeId, Guid? customerId, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var running = await activities.GetRunningAsync(storeId, now, ct);
        var prices = new Dictionary<Guid, OfferedPrice>();
        foreach (var activity in running.Where(a => a.Kind == ActivityKind.SpecialPrice))
        {
            var sold = await activities.GetSoldAsync(activity.Id, customerId, ct);
            foreach (var price in activity.Prices)
            {
                var (total, mine) = sold.GetValueOrDefault(price.ProductId);
                int? left = null;
                if (price.TotalLimit > 0) left = price.TotalLimit - total;
                if (price.PerCustomerLimit > 0) left = Math.Min(left ?? int.MaxValue, price.PerCustomerLimit - mine);
                if (left <= 0) continue;
                var offer = new OfferedPrice(activity.Id, activity.Name, activity.Theme, activity.EndsAt, price.PriceFen, left, price.PerCustomerLimit,
                    price.TotalLimit);
                if (!prices.TryGetValue(price.ProductId, out var best) || offer.PriceFen < best.PriceFen) prices[price.ProductId] = offer;
            }
        }
        return new StoreActivities(prices, [.. running.Where(a => a.Kind == ActivityKind.SpendDiscount)]);
    }
}

/// <summary>The activity prices by product, and the spend-discount activities, running at a store for one customer.</summary>
public sealed record StoreActivities(IReadOnlyDictionary<Guid, OfferedPrice> Prices, IReadOnlyList<Activity> SpendDiscounts)
{
    public static readonly StoreActivities None = new(new Dictionary<Guid, OfferedPrice>(), []);

    /// <summary>The best spend discount the amount reaches: the activity and what it takes off (null: none).</summary>
    public (Activity Activity, long DiscountFen)? BestSpendDiscount(long spendFen) =>
        SpendDiscounts.Select(a => (Activity: a, DiscountFen: a.DiscountFor(spendFen))).Where(x => x.DiscountFen > 0)
            .OrderByDescending(x => x.DiscountFen).Cast<(Activity, long)?>().FirstOrDefault();
}
