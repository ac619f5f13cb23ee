using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Marketing;
using LocalLife.Ordering;

namespace LocalLife.Seeding;

/// <summary>
/// The current demo merchant's marketing, each part created once: two coupon templates (满减 for orders, a deposit coupon for
/// bookings), a set meal on each store's menu (欢唱套餐 at a KTV, 下午茶套餐 elsewhere) and a weekend spend discount.
/// </summary>
public sealed class DemoMarketingSeeder(
    IStoreRepository stores, IProductRepository products, IMenuAppService menu, ICouponTemplateAppService coupons, IActivityAppService activities,
    IUnitOfWork unitOfWork)
{
    public async Task SeedAsync(DateTimeOffset now, CancellationToken ct)
    {
        if ((await coupons.GetListAsync(new GetCouponTemplatesInput { Take = 1 }, ct)).TotalCount == 0)
        {
            await coupons.CreateAsync(new SaveCouponTemplateDto
            {
                Name = "满100减10", Description = "点单满 100 元可用",
                Rules = new CouponRulesDto { Kind = CouponKind.Threshold, AmountOffFen = 1000, MinSpendFen = 10000, Use = CouponUse.Orders },
                Validity = CouponValidity.DaysAfterClaim, ValidDays = 30, TotalQuantity = 1000, PerCustomerLimit = 1,
            }, ct);
            await coupons.CreateAsync(new SaveCouponTemplateDto
            {
                Name = "订金立减20", Description = "预订包间付订金时可用",
                Rules = new CouponRulesDto { Kind = CouponKind.BookingDeposit, AmountOffFen = 2000, MinSpendFen = 5000, Use = CouponUse.Bookings },
                Validity = CouponValidity.DaysAfterClaim, ValidDays = 30, TotalQuantity = 500, PerCustomerLimit = 1,
            }, ct);
        }
        foreach (var store in await stores.GetListAsync(ct)) await SeedComboAsync(store, ct);
        if ((await activities.GetListAsync(new GetActivitiesInput { Take = 1 }, ct)).TotalCount == 0)
        {
            await activities.CreateAsync(new SaveActivityDto
            {
                Name = "满200减30", Kind = ActivityKind.SpendDiscount, Theme = ActivityTheme.General,
                StartsAt = now, EndsAt = now.AddDays(30), Tiers = [new SpendTierDto(20000, 3000)],
            }, ct);
        }
        await unitOfWork.SaveChangesAsync(ct);
    }

    /// <summary>A combo of the store's first products, priced below buying them one by one (the API refuses one that is not cheaper).</summary>
    private async Task SeedComboAsync(Store store, CancellationToken ct)
    {
        var menuProducts = await products.GetListAsync(store.Id, null, null, false, ct);
        if (menuProducts.Any(p => p.Combo is not null)) return;
        var sellable = menuProducts.Where(p => p.Specs.Count == 0 && p.Prices.PriceFen > 0).Take(3).ToList();
        if (sellable.Count < 2) return;
        var ktv = store.CategoryCode == CategoryCodes.Ktv;
        var fixedItem = sellable[0];
        var choices = sellable.Skip(1).ToList();
        var cheapest = choices.Min(c => c.Prices.PriceFen);
        await menu.CreateProductAsync(new SaveProductDto
        {
            StoreId = store.Id, CategoryId = fixedItem.CategoryId, Name = ktv ? "欢唱套餐" : "下午茶套餐", Description = ktv ? "2-4 人欢唱畅饮" : "2 人下午茶",
            PriceFen = (fixedItem.Prices.PriceFen + cheapest) * 8 / 10, PrepMinutes = 10, Tags = [ProductTags.Hot], Specs = [], Recommended = false, Sort = 1000, // after the products it is made of
            // A dearer choice costs part of the difference extra, so every pick stays below buying the two one by one.
            Combo = new ComboDefinitionDto(
                [new ComboItemDto(fixedItem.Id, 1)],
                [new ComboGroupDto("pick", "任选一款", 1, 1, [.. choices.Select(c => new ComboChoiceDto(c.Id, 1, (c.Prices.PriceFen - cheapest) / 2))])],
                2, ktv ? 4 : 2),
        }, ct);
    }
}
