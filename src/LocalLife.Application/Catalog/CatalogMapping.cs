using LocalLife.Spaces;

namespace LocalLife.Catalog;

/// <summary>Hand-written mapping between catalog DTOs and value objects: visible, and the domain stays free of DTOs.</summary>
internal static class CatalogMapping
{
    public static CategoryDto ToDto(this Category c, string culture) => new(
        c.Id, c.Code, c.Name.For(culture), c.Name.ZhHans, c.Name.En, c.Icon, c.Description, c.SortOrder, c.IsEnabled,
        c.SpaceTypes.Select(ToDto).ToList(),
        c.ProductCategories.Select(p => new ProductCategoryTemplateDto(p.Code, p.NameZhHans, p.NameEn, p.Station)).ToList());

    public static SpaceTypeDto ToDto(this SpaceTypeOption t) => new(t.Code, t.Kind, t.NameZhHans, t.NameEn);

    public static SpaceTypeOption ToOption(this SpaceTypeDto t) => new(t.Code.Trim(), t.Kind, t.NameZhHans.Trim(), t.NameEn.Trim());

    public static ProductCategoryTemplate ToTemplate(this ProductCategoryTemplateDto p) => new(p.Code.Trim(), p.NameZhHans.Trim(), p.NameEn.Trim(), p.Station.Trim());

    public static OpeningHours ToHours(this OpeningHoursDto h) => new(
        h.Week.Select(d => new DayHours(d.Day, d.Ranges.Select(ToRange).ToList())).ToList(),
        h.Exceptions.Select(e => new HoursException(e.Date, e.Closed, e.Ranges.Select(ToRange).ToList(), e.IsHoliday, e.Note)).ToList());

    public static OpeningHoursDto ToDto(this OpeningHours h) => new(
        h.Week.Select(d => new DayHoursDto(d.Day, d.Ranges.Select(ToDto).ToList())).ToList(),
        h.Exceptions.Select(e => new HoursExceptionDto(e.Date, e.Closed, e.Ranges.Select(ToDto).ToList(), e.IsHoliday, e.Note)).ToList());

    public static StoreDto ToDto(this Store s, DateTimeOffset now) => new(
        s.Id, s.CategoryCode, s.Profile.Name, s.Profile.Address, s.Profile.Phone, s.Profile.Intro, s.Profile.Images,
        s.Latitude, s.Longitude, s.TimeZone, s.Hours.ToDto(), s.Status, s.ClosedOn, s.IsOpenAt(now), s.DefaultDepositPercent,
        s.SpaceTypes.Select(ToDto).ToList(),
        new BookingPolicyDto(s.BookingPolicy.CancelDeadlineMinutes, s.BookingPolicy.NoShowGraceMinutes, s.BookingPolicy.RefundDepositOnNoShow),
        s.Rating, s.RatingCount, s.MinPriceFen, s.ConcurrencyStamp);

    public static StoreSummaryDto ToDto(this StoreSearchHit h) => new(
        h.Id, h.Name, h.CategoryCode, h.Address, h.Latitude, h.Longitude, h.Rating, h.RatingCount, h.MinPriceFen, h.Image,
        h.DistanceMeters is { } d ? Math.Round(d, 1) : null, h.OpenNow, Math.Round(h.Score, 4));

    public static SpaceDto ToDto(this Space s, Store store, DateTimeOffset now, string culture)
    {
        var local = store.LocalTime(now);
        var type = store.SpaceTypes.FirstOrDefault(t => t.Code == s.TypeCode);
        return new SpaceDto(
            s.Id, s.StoreId, s.Number, s.Details.Name, s.Kind, s.TypeCode, type is null ? s.TypeCode : culture == "en" ? type.NameEn : type.NameZhHans,
            s.Details.MinCapacity, s.Details.MaxCapacity, s.Details.Facilities, s.Details.Features, s.Details.Description,
            s.Position.Floor, s.Position.X, s.Position.Y,
            s.Pricing.BaseFen, s.Pricing.PriceAt(local, store.Hours.IsHoliday(DateOnly.FromDateTime(local))), s.Pricing.MinimumSpendFen,
            s.Pricing.Rules.Select(r => new PriceRuleDto(r.Kind, r.Days, r.From, r.To, r.PriceFen)).ToList(),
            s.EffectiveDepositPercent(store), s.DepositPercent, s.Status, s.StatusChangedAt, s.ConcurrencyStamp);
    }

    public static SpaceDetails ToDetails(this SaveSpaceDto d) => new(
        d.Name.Trim(), d.TypeCode.Trim(), d.MinCapacity, d.MaxCapacity,
        d.Facilities.Select(f => f.Trim()).Distinct().ToList(), d.Features.Select(f => f.Trim()).Distinct().ToList(), d.Description);

    public static SpacePricing ToPricing(this SaveSpaceDto d) =>
        new(d.BasePriceFen, d.MinimumSpendFen, d.PriceRules.Select(r => new PriceRule(r.Kind, r.Days, r.From, r.To, r.PriceFen)).ToList());

    private static TimeRange ToRange(TimeRangeDto r) => new(r.Start, r.End);

    private static TimeRangeDto ToDto(TimeRange r) => new(r.Start, r.End);
}
