using LocalLife.Payments;

namespace LocalLife.Marketing;

internal static class MarketingMapping
{
    public static CouponRules ToRules(this CouponRulesDto r) => new(r.Kind, r.AmountOffFen, r.PayPercent, r.MaxDiscountFen, r.MinSpendFen, r.Use,
        r.StoreIds.Distinct().ToList(), r.CategoryCodes.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct().ToList(), r.ProductIds.Distinct().ToList(),
        r.NewCustomer, r.Window is { } w ? new CouponTimeWindow(w.Days.Distinct().Order().ToList(), w.From, w.To) : null);

    public static CouponRulesDto ToDto(this CouponRules r) => new()
    {
        Kind = r.Kind, AmountOffFen = r.AmountOffFen, PayPercent = r.PayPercent, MaxDiscountFen = r.MaxDiscountFen, MinSpendFen = r.MinSpendFen, Use = r.Use,
        StoreIds = r.StoreIds, CategoryCodes = r.CategoryCodes, ProductIds = r.ProductIds, NewCustomer = r.NewCustomer,
        Window = r.Window is { } w ? new CouponTimeWindowDto(w.Days, w.From, w.To) : null,
    };

    public static CouponTemplateDto ToDto(this CouponTemplate t) => new(t.Id, t.IsPlatformFunded, t.Name, t.Description, t.Rules.ToDto(), t.Validity,
        t.ValidFrom, t.ValidTo, t.ValidDays, t.TotalQuantity, t.IssuedCount, t.PerCustomerLimit, t.NewCustomerGift, t.Status, t.CreationTime);

    public static CouponDto ToDto(this Coupon c, DateTimeOffset now) => new(c.Id, c.TemplateId, c.IssuerTenantId is null, c.IssuerTenantId, c.Name,
        c.Rules.ToDto(), c.ValidFrom, c.ValidTo, c.Source, c.ClaimedAt, c.StateAt(now), c.UsedAt, c.UsedForKind, c.UsedForId, c.DiscountFen);

    public static CouponOfferDto ToDto(this CouponOffer o, DateTimeOffset now) =>
        new(o.Coupon.ToDto(now), o.Verdict.Usable, o.Verdict.Reason, o.Verdict.DiscountFen);

    public static PayableDiscountDto ToDto(this PayableDiscount d) => new(d.Source, d.SourceId, d.Name, d.AmountFen, d.PlatformFunded);

    public static IReadOnlyList<PayableDiscountDto> ToDto(this IReadOnlyList<PayableDiscount> discounts) => [.. discounts.Select(d => d.ToDto())];

    public static ActivityDto ToDto(this Activity a) => new(a.Id, a.Name, a.Kind, a.Theme, a.StoreIds, a.StartsAt, a.EndsAt,
        [.. a.Prices.Select(p => new ActivityPriceDto(p.ProductId, p.PriceFen, p.PerCustomerLimit, p.TotalLimit))],
        [.. a.Tiers.Select(t => new SpendTierDto(t.MinSpendFen, t.OffFen))], a.MultiplierPercent, a.Status);

    public static MenuActivityDto ToMenuDto(this OfferedPrice o) => new(o.ActivityId, o.ActivityName, o.Theme, o.PriceFen, o.EndsAt, o.UnitsLeft);

    public static MallItemDto ToDto(this MallItem i) => new(i.Id, i.TenantId is null, i.Name, i.Description, i.Image, i.Kind, i.CouponTemplateId, i.PointsCost,
        i.Stock, i.RedeemedCount, i.Left, i.PerCustomerLimit, i.Status);

    public static MallRedemptionDto ToDto(this MallRedemption r) => new(r.Id, r.ItemId, r.IssuerTenantId is null, r.ItemName, r.Points, r.CouponId,
        r.VoucherCode, r.Status, r.RedeemedAt, r.CollectedAt);
}
