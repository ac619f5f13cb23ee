using LocalLife.Common;

namespace LocalLife.Loyalty;

public sealed record PointsAccountDto(
    long Balance,
    long LifetimeEarned,
    long CumulativeSpendFen,
    string LevelCode,
    string LevelName,
    int MultiplierPercent,
    string? NextLevelCode,
    string? NextLevelName,
    long? SpendToNextLevelFen,
    long ExpiringSoon,
    DateTimeOffset ExpiringBefore,
    int PointsPerYuan);

public sealed record PointsEntryDto(
    Guid Id,
    PointsEntryKind Kind,
    long Amount,
    long BalanceAfter,
    Guid? MerchantTenantId,
    string? MerchantName,
    PointsDocumentType DocumentType,
    string? DocumentId,
    Guid? RuleId,
    string? RuleName,
    string? Note,
    DateTimeOffset At);

public sealed record RedemptionPreviewDto(long Balance, long MaxPoints, long MaxOffsetFen, long PayFen, bool Allowed, int PointsPerYuan, int OffsetCapPercent);

public sealed record GetRedemptionPreviewInput
{
    public PointsDocumentType DocumentType { get; init; } = PointsDocumentType.BookingDeposit;
    /// <summary>Required (0 is an amount, not "not given").</summary>
    public required long PayableFen { get; init; }
}

/// <param name="MemberPrices">Customers of the level pay member prices; omitted, it is on (every signed-in customer is a member).</param>
public sealed record MemberLevelDto(string Code, string NameZhHans, string NameEn, long ThresholdFen, int MultiplierPercent, int BirthdayBonusPoints,
    bool PriorityBooking, bool MemberPrices = true);

public sealed record LoyaltySettingsDto(int PointsPerYuan, int OffsetCapPercent, IReadOnlyList<PointsDocumentType> PayableDocuments, int ValidityDays,
    IReadOnlyList<MemberLevelDto> Levels);

public sealed record RebateRuleDto(Guid Id, string Name, Guid? StoreId, RebateBasis Basis, IReadOnlyList<string> Categories, int PointsPer100Yuan,
    DateTimeOffset? ValidFrom, DateTimeOffset? ValidTo, bool IsActive);

public sealed record SaveRebateRuleDto
{
    public string Name { get; init; } = "";
    public Guid? StoreId { get; init; }
    public RebateBasis Basis { get; init; } = RebateBasis.TotalSpend;
    public IReadOnlyList<string> Categories { get; init; } = [];
    public int PointsPer100Yuan { get; init; }
    public DateTimeOffset? ValidFrom { get; init; }
    public DateTimeOffset? ValidTo { get; init; }
}

public sealed record SettlementLineDto(Guid? EarnedAtTenantId, string? EarnedAtName, Guid? SpentAtTenantId, string? SpentAtName, long Points, long AmountFen);

public sealed record GetSettlementInput
{
    public DateOnly From { get; init; }
    public DateOnly To { get; init; }
}

public sealed record AdjustPointsDto
{
    public Guid CustomerId { get; init; }
    public long Delta { get; init; }
    public string Note { get; init; } = "";
    public string IdempotencyKey { get; init; } = "";
}

public sealed record GetPointsHistoryInput : PagedRequestDto;
