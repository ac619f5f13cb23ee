namespace LocalLife.Loyalty;

internal static class LoyaltyMapping
{
    public static RebateRuleDto ToDto(this RebateRule r) =>
        new(r.Id, r.Name, r.StoreId, r.Basis, r.Categories, r.PointsPer100Yuan, r.ValidFrom, r.ValidTo, r.IsActive);

    public static PointsEntryDto ToDto(this PointsEntry e, string? merchantName, string? ruleName) =>
        new(e.Id, e.Kind, e.Amount, e.BalanceAfter, e.MerchantTenantId, merchantName, e.DocumentType, e.DocumentId, e.RuleId, ruleName, e.Note, e.At);

    public static LoyaltySettingsDto ToDto(this LoyaltySettings s) => new(s.PointsPerYuan, s.OffsetCapPercent, s.PayableDocuments, s.ValidityDays,
        s.Levels.Select(l => new MemberLevelDto(l.Code, l.NameZhHans, l.NameEn, l.ThresholdFen, l.MultiplierPercent, l.BirthdayBonusPoints, l.PriorityBooking, l.MemberPrices)).ToList());

    public static RedemptionPreviewDto ToDto(this RedemptionPreview p) =>
        new(p.Balance, p.MaxPoints, p.MaxOffsetFen, p.PayFen, p.Allowed, p.PointsPerYuan, p.OffsetCapPercent);
}
