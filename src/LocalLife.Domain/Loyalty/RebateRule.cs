using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;

namespace LocalLife.Loyalty;

/// <summary>
/// A merchant's rebate: points per 100 yuan spent, on the whole spend or on chosen categories (drinks, room fee,
/// services…), for one store or all, within validity dates. The customer sees which rule produced their points.
/// </summary>
public class RebateRule : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private RebateRule() { } // EF

    public RebateRule(Guid id, Guid tenantId, string name, Guid? storeId, RebateBasis basis, IReadOnlyList<string> categories, int pointsPer100Yuan,
        DateTimeOffset? validFrom, DateTimeOffset? validTo) : base(id)
    {
        TenantId = tenantId;
        Update(name, storeId, basis, categories, pointsPer100Yuan, validFrom, validTo);
        IsActive = true;
    }

    public Guid? TenantId { get; private set; }
    public string Name { get; private set; } = null!;
    public Guid? StoreId { get; private set; }
    public RebateBasis Basis { get; private set; }
    public IReadOnlyList<string> Categories { get; private set; } = [];
    public int PointsPer100Yuan { get; private set; }
    public DateTimeOffset? ValidFrom { get; private set; }
    public DateTimeOffset? ValidTo { get; private set; }
    public bool IsActive { get; private set; }

    public void Update(string name, Guid? storeId, RebateBasis basis, IReadOnlyList<string> categories, int pointsPer100Yuan,
        DateTimeOffset? validFrom, DateTimeOffset? validTo)
    {
        if (pointsPer100Yuan is < 1 or > 10_000 || (basis == RebateBasis.Categories && categories.Count == 0) || (validFrom > validTo))
            throw new BusinessException(LoyaltyErrorCodes.InvalidRule);
        Name = name;
        StoreId = storeId;
        Basis = basis;
        Categories = basis == RebateBasis.Categories ? categories.Distinct().ToList() : [];
        PointsPer100Yuan = pointsPer100Yuan;
        ValidFrom = validFrom;
        ValidTo = validTo;
    }

    public void Activate() => IsActive = true;

    public void Deactivate() => IsActive = false;

    public bool AppliesTo(Guid storeId, DateTimeOffset at) =>
        IsActive && (StoreId is null || StoreId == storeId) && (ValidFrom is null || at >= ValidFrom) && (ValidTo is null || at < ValidTo);

    /// <summary>The spend this rule counts, in fen.</summary>
    public long BaseFen(IReadOnlyList<SpendLine> lines) =>
        Basis == RebateBasis.TotalSpend ? lines.Sum(l => l.AmountFen) : lines.Where(l => Categories.Contains(l.Category)).Sum(l => l.AmountFen);

    /// <summary>Points before the level multiplier: whole points, rounded down.</summary>
    public long PointsFor(IReadOnlyList<SpendLine> lines) => BaseFen(lines) * PointsPer100Yuan / 10_000;
}

/// <summary>One part of a confirmed spend: a category (room, drinks, snacks, service…) and its amount in fen.</summary>
public sealed record SpendLine(string Category, long AmountFen);
