using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;

namespace LocalLife.Marketing;

/// <summary>A product's activity price, with how many units one customer (0: any) and everyone together (0: any) may buy at it.</summary>
public sealed record ActivityPrice(Guid ProductId, long PriceFen, int PerCustomerLimit, int TotalLimit);

/// <summary>A 满减 tier: from <see cref="MinSpendFen"/> spent, <see cref="OffFen"/> comes off.</summary>
public sealed record SpendTier(long MinSpendFen, long OffFen);

/// <summary>
/// A merchant's limited-time activity at some stores (none named: all), from <see cref="StartsAt"/> to <see cref="EndsAt"/>:
/// activity prices for products with limits, a spend discount in tiers, or a points multiplier. Units sold at an
/// activity price are counted in the database in the order's transaction, so its limits hold when buyers race.
/// </summary>
public class Activity : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    public const int MaxMultiplierPercent = 1_000;

    private Activity() { } // EF

    public Activity(Guid id, Guid tenantId, string name, ActivityKind kind, ActivityTheme theme, IReadOnlyList<Guid> storeIds, DateTimeOffset startsAt,
        DateTimeOffset endsAt, IReadOnlyList<ActivityPrice> prices, IReadOnlyList<SpendTier> tiers, int multiplierPercent, DateTimeOffset now) : base(id)
    {
        TenantId = tenantId;
        Kind = kind;
        Status = ActivityStatus.Active;
        Update(name, theme, storeIds, startsAt, endsAt, prices, tiers, multiplierPercent, now);
    }

    public Guid? TenantId { get; private set; }
    public string Name { get; private set; } = null!;
    public ActivityKind Kind { get; private set; }
    public ActivityTheme Theme { get; private set; }
    public IReadOnlyList<Guid> StoreIds { get; private set; } = [];
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public IReadOnlyList<ActivityPrice> Prices { get; private set; } = [];
    public IReadOnlyList<SpendTier> Tiers { get; private set; } = [];
    public int MultiplierPercent { get; private set; }
    public ActivityStatus Status { get; private set; }

    public void Update(string name, ActivityTheme theme, IReadOnlyList<Guid> storeIds, DateTimeOffset startsAt, DateTimeOffset endsAt,
        IReadOnlyList<ActivityPrice> prices, IReadOnlyList<SpendTier> tiers, int multiplierPercent, DateTimeOffset now)
    {
        var ok = startsAt < endsAt && (endsAt > now || endsAt == EndsAt) && Kind switch
        {
            ActivityKind.SpecialPrice => prices.Count > 0 && tiers.Count == 0 && multiplierPercent == 0
                && prices.Select(p => p.ProductId).Distinct().Count() == prices.Count
                && prices.All(p => p.PriceFen >= 0 && p.PerCustomerLimit >= 0 && p.TotalLimit >= 0),
            ActivityKind.SpendDiscount => tiers.Count > 0 && prices.Count == 0 && multiplierPercent == 0
                && tiers.All(t => t.OffFen > 0 && t.OffFen <= t.MinSpendFen) && tiers.Select(t => t.MinSpendFen).Distinct().Count() == tiers.Count,
            ActivityKind.PointsMultiplier => prices.Count == 0 && tiers.Count == 0 && multiplierPercent is > 100 and <= MaxMultiplierPercent,
            _ => false,
        };
        if (!ok) throw new BusinessException(MarketingErrorCodes.InvalidActivity).With("Kind", Kind);
        Name = name;
        Theme = theme;
        StoreIds = storeIds.Distinct().ToList();
        StartsAt = startsAt.ToUniversalTime();
        EndsAt = endsAt.ToUniversalTime();
        Prices = prices;
        Tiers = [.. tiers.OrderBy(t => t.MinSpendFen)];
        MultiplierPercent = multiplierPercent;
    }

    public void Pause() => MoveTo(ActivityStatus.Paused);

    public void Resume() => MoveTo(ActivityStatus.Active);

    public void End() => MoveTo(ActivityStatus.Ended);

    public bool RunsAt(Guid storeId, DateTimeOffset now) =>
        Status == ActivityStatus.Active && now >= StartsAt && now < EndsAt && (StoreIds.Count == 0 || StoreIds.Contains(storeId));

    /// <summary>The discount of the best tier the spend reaches (0 when none).</summary>
    public long DiscountFor(long spendFen) => Tiers.LastOrDefault(t => t.MinSpendFen <= spendFen)?.OffFen ?? 0;

    private void MoveTo(ActivityStatus next)
    {
        if (Status == ActivityStatus.Ended && next != ActivityStatus.Ended)
            throw new BusinessException(MarketingErrorCodes.ActivityEnded);
        Status = next;
    }
}
