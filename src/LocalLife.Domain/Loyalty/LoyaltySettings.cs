using LocalLife.Entities;
using LocalLife.Errors;

namespace LocalLife.Loyalty;

/// <summary>
/// The platform's points rules (one host-owned row): the exchange rate, how much of a deposit points may pay,
/// which documents they may pay for, how long earned points live, and the member levels.
/// </summary>
public class LoyaltySettings : AggregateRoot<Guid>
{
    public static readonly Guid SingletonId = new("00000000-0000-7000-8000-000000000002");

    public static readonly IReadOnlyList<MemberLevel> DefaultLevels =
    [
        new("normal", "普通会员", "Member", 0, 100, 0, false),
        new("silver", "白银会员", "Silver", 100_000, 120, 200, false),
        new("gold", "黄金会员", "Gold", 500_000, 150, 500, true),
        new("diamond", "钻石会员", "Diamond", 2_000_000, 200, 1000, true),
    ];

    private LoyaltySettings() { } // EF

    public LoyaltySettings(int pointsPerYuan, int offsetCapPercent, IReadOnlyList<PointsDocumentType> payableDocuments, int validityDays, IReadOnlyList<MemberLevel> levels)
        : base(SingletonId) => Update(pointsPerYuan, offsetCapPercent, payableDocuments, validityDays, levels);

    public static LoyaltySettings CreateDefault() =>
        new(100, 100, [PointsDocumentType.BookingDeposit, PointsDocumentType.MenuOrder], 365, DefaultLevels);

    /// <summary>How many points make one yuan (100 = 100 points pay 1 yuan); one point is then 1 fen.</summary>
    public int PointsPerYuan { get; private set; }

    /// <summary>The share of a payable amount points may cover, in percent (100 = all of it).</summary>
    public int OffsetCapPercent { get; private set; }

    public IReadOnlyList<PointsDocumentType> PayableDocuments { get; private set; } = [];
    public int ValidityDays { get; private set; }
    public IReadOnlyList<MemberLevel> Levels { get; private set; } = [];

    public void Update(int pointsPerYuan, int offsetCapPercent, IReadOnlyList<PointsDocumentType> payableDocuments, int validityDays, IReadOnlyList<MemberLevel> levels)
    {
        if (pointsPerYuan is < 1 or > 10_000 || offsetCapPercent is < 0 or > 100 || validityDays is < 1 or > 3650)
            throw new BusinessException(LoyaltyErrorCodes.InvalidSettings).With("Reason", "rate, cap or validity out of range");
        var ordered = levels.OrderBy(l => l.ThresholdFen).ToList();
        if (ordered.Count == 0 || ordered[0].ThresholdFen != 0 || ordered.Select(l => l.Code).Distinct().Count() != ordered.Count
            || ordered.Any(l => l.MultiplierPercent is < 0 or > 1000 || l.BirthdayBonusPoints < 0))
            throw new BusinessException(LoyaltyErrorCodes.InvalidSettings).With("Reason", "levels need a zero threshold, unique codes and sane multipliers");
        PointsPerYuan = pointsPerYuan;
        OffsetCapPercent = offsetCapPercent;
        PayableDocuments = payableDocuments.Distinct().ToList();
        ValidityDays = validityDays;
        Levels = ordered;
    }

    public MemberLevel LevelFor(long cumulativeSpendFen) => Levels.Last(l => l.ThresholdFen <= cumulativeSpendFen);

    public MemberLevel? NextLevel(long cumulativeSpendFen) => Levels.FirstOrDefault(l => l.ThresholdFen > cumulativeSpendFen);

    /// <summary>The fen value of points: points × 100 / rate, rounded down (never worth more than they should).</summary>
    public long ValueFen(long points) => points * 100 / PointsPerYuan;

    /// <summary>Points needed to cover an amount, rounded up.</summary>
    public long PointsFor(long fen) => (fen * PointsPerYuan + 99) / 100;
}
