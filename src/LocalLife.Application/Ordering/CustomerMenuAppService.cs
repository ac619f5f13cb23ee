using LocalLife.Catalog;
using LocalLife.Loyalty;
using LocalLife.Marketing;
using LocalLife.MultiTenancy;
using LocalLife.Security;
using LocalLife.Spaces;
using LocalLife.Validation;

namespace LocalLife.Ordering;

/// <summary>
/// A store's menu for customers (enabled categories, products not paused; sold-out ones flagged) and recommendations for
/// a space, each product's price to pay as this customer would pay it (member prices for levels with the perk).
/// </summary>
public sealed class CustomerMenuAppService(
    CustomerVisibility visibility,
    IProductRepository products,
    Recommender recommender,
    PointsManager points,
    ActivityOffers activityOffers,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    TimeProvider clock,
    InputValidation inputValidation) : ICustomerMenuAppService
{
    public async Task<MenuDto> GetMenuAsync(Guid storeId, GetMenuInput input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        var store = await visibility.GetStoreAsync(storeId, ct);
        using (currentTenant.Change(store.TenantId))
        {
            var now = clock.GetUtcNow();
            var (_, membership) = await points.GetMembershipAsync(currentUser.Id, ct);
            var categories = (await products.GetCategoriesAsync(store.Id, ct)).Where(c => c.IsEnabled).ToList();
            var list = (await products.GetListAsync(store.Id, input.CategoryId, input.Keyword, tracked: false, ct))
                .Where(p => p.Status != ProductStatus.Paused).ToList();
            var parts = await ComboParts.OfAsync(products, list, ct);
            var activities = await activityOffers.ForAsync(store.Id, currentUser.Id, ct);
            var menu = categories
                .Where(c => input.CategoryId is null || c.Id == input.CategoryId)
                .Select(c => new MenuCategoryDto(c.Id, c.Code, c.NameZhHans, c.Station,
                    list.Where(p => p.CategoryId == c.Id).Select(p => p.ToMenuDto(membership.MemberPrices, now, parts, activities)).ToList()))
                .Where(c => string.IsNullOrWhiteSpace(input.Keyword) || c.Products.Count > 0)
                .ToList();
            return new MenuDto(store.Id, store.Profile.Name, menu);
        }
    }

    public async Task<RecommendationsDto> GetRecommendationsAsync(Guid spaceId, CancellationToken ct)
    {
        var (store, space) = await visibility.GetSpaceAsync(spaceId, ct);
        using (currentTenant.Change(store.TenantId))
        {
            var (_, membership) = await points.GetMembershipAsync(currentUser.Id, ct);
            return await recommender.RecommendAsync(store, space, membership, ct);
        }
    }
}

/// <summary>
/// Picks what to suggest in a space now, each with its reason: what sells in this store this week (热销), what fits the
/// space (a party room, a room for two, a business room: the products' occasion tags), what suits the time of day
/// (tags morning / afternoon / evening / late-night), running promotions (限时特惠) and the merchant's own picks.
/// </summary>
public sealed class Recommender(IProductRepository products, Bookings.IBookingRepository bookings, TimeProvider clock)
{
    public const int MaxItems = 6;

    public async Task<RecommendationsDto> RecommendAsync(Store store, Space space, Membership membership, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var local = store.LocalTime(now);
        var timeOfDay = TimeOfDay(local.Hour);
        var occasion = Occasion(space);
        var enabled = (await products.GetCategoriesAsync(store.Id, ct)).Where(c => c.IsEnabled).Select(c => c.Id).ToHashSet();
        var all = await products.GetListAsync(store.Id, null, null, tracked: false, ct);
        var parts = all.ToDictionary(p => p.Id);
        var candidates = all.Where(p => p.IsOrderable && enabled.Contains(p.CategoryId)
            && (p.Combo is null || p.Combo.Items.All(i => parts.GetValueOrDefault(i.ProductId) is { IsOrderable: true }))).ToList();
        // The party in the room: the checked-in booking's, or as many as the room seats.
        var party = (await bookings.FindCheckedInAsync(space.Id, ct))?.PartySize ?? space.Details.MaxCapacity;
        var sales = await products.GetSalesSinceAsync(store.Id, now.AddDays(-7), ct);
        var hot = sales.Where(s => s.Value > 0).OrderByDescending(s => s.Value).Take(3).Select(s => s.Key).ToHashSet();

        var scored = new List<(Product Product, int Score, string Reason)>();
        foreach (var p in candidates)
        {
            var reasons = new List<(int Score, string Reason)>();
            if (p.Combo is { } combo && combo.FitsParty(party)) reasons.Add((60, "combo"));
            if (hot.Contains(p.Id)) reasons.Add((50 + Math.Min(sales[p.Id], 40), "hot"));
            if (occasion is not null && p.Details.Tags.Contains(occasion)) reasons.Add((40, "occasion-" + occasion));
            if (p.Details.Tags.Contains(timeOfDay)) reasons.Add((30, "time-" + timeOfDay));
            if (p.Prices.PromotionActive(now)) reasons.Add((25, "deal"));
            if (p.Details.Recommended || p.Details.Tags.Contains(ProductTags.Recommended)) reasons.Add((20, "merchant"));
            if (reasons.Count == 0) continue;
            var best = reasons.MaxBy(r => r.Score);
            scored.Add((p, reasons.Sum(r => r.Score), best.Reason));
        }

        var items = scored.OrderByDescending(s => s.Score).ThenBy(s => s.Product.Details.Sort).Take(MaxItems)
            .Select(s => new RecommendationDto(s.Product.ToMenuDto(membership.MemberPrices, now, parts), s.Reason, Texts(s.Reason).Zh, Texts(s.Reason).En,
                s.Product.Combo is null ? SuggestedQuantity(s.Product, space) : 1))
            .ToList();
        // One tap adds a combo that fits the party when there is one (it is cheaper than its items); otherwise the picks above.
        var fitting = items.FirstOrDefault(i => i.Reason == "combo");
        IReadOnlyList<Guid> oneTap = fitting is not null ? [fitting.Product.Id] : [.. items.Where(i => i.Product.Combo is null).Select(i => i.Product.Id)];
        return new RecommendationsDto(space.Id, space.TypeCode, timeOfDay, items, oneTap, party);
    }

    public static string TimeOfDay(int hour) => hour switch
    {
        >= 6 and < 11 => "morning",
        >= 11 and < 17 => "afternoon",
        >= 17 and < 22 => "evening",
        _ => "late-night",
    };

    /// <summary>The occasion a space suits, from its size: big rooms for parties, rooms for two for couples, mid-size for business/family.</summary>
    public static string? Occasion(Space space) => space.Details.MaxCapacity switch
    {
        >= 8 => ProductTags.Party,
        <= 2 => ProductTags.Couple,
        _ => space.Details.Features.Any(f => f.Contains("business", StringComparison.OrdinalIgnoreCase) || f.Contains("商务"))
            ? ProductTags.Business
            : ProductTags.Family,
    };

    /// <summary>Shared items (drinks by the bottle, platters) scale with the room: one per three guests; the rest one each.</summary>
    private static int SuggestedQuantity(Product p, Space space) =>
        p.Details.Tags.Contains("sharing") ? Math.Max(1, space.Details.MaxCapacity / 3) : 1;

    private static (string Zh, string En) Texts(string reason) => reason switch
    {
        "hot" => ("本店热销", "Best seller here"),
        "combo" => ("套餐更划算", "A set for your party"),
        "occasion-party" => ("适合聚会", "Great for parties"),
        "occasion-couple" => ("适合二人", "For two"),
        "occasion-business" => ("商务之选", "For business"),
        "occasion-family" => ("适合家庭", "For families"),
        "time-morning" => ("早间推荐", "Morning pick"),
        "time-afternoon" => ("午后推荐", "Afternoon pick"),
        "time-evening" => ("晚间推荐", "Evening pick"),
        "time-late-night" => ("夜宵推荐", "Late-night pick"),
        "deal" => ("限时特惠", "Limited-time deal"),
        _ => ("店长推荐", "Manager's pick"),
    };
}
