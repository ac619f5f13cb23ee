using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;

namespace LocalLife.Marketing;

/// <summary>
/// An item of the points mall of a merchant (or, with no tenant, of the platform): a coupon or a voucher for points, a
/// limited number in all (<see cref="Stock"/>, null: no limit) and per customer. The count redeemed moves only in the
/// database in the redemption's transaction, so racing redemptions never pass the stock.
/// </summary>
public class MallItem : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private MallItem() { } // EF

    public MallItem(Guid id, Guid? tenantId, string name, string? description, string? image, MallItemKind kind, Guid? couponTemplateId, long pointsCost,
        int? stock, int perCustomerLimit) : base(id)
    {
        TenantId = tenantId;
        Kind = kind;
        Status = MallItemStatus.Active;
        Update(name, description, image, couponTemplateId, pointsCost, stock, perCustomerLimit);
    }

    public Guid? TenantId { get; private set; }
    public string Name { get; private set; } = null!;
    public string? Description { get; private set; }
    public string? Image { get; private set; }
    public MallItemKind Kind { get; private set; }
    public Guid? CouponTemplateId { get; private set; }
    public long PointsCost { get; private set; }
    public int? Stock { get; private set; }
    public int RedeemedCount { get; private set; }
    public int PerCustomerLimit { get; private set; }
    public MallItemStatus Status { get; private set; }

    public int? Left => Stock - RedeemedCount;

    public void Update(string name, string? description, string? image, Guid? couponTemplateId, long pointsCost, int? stock, int perCustomerLimit)
    {
        var ok = pointsCost is > 0 and <= 100_000_000 && perCustomerLimit is >= 1 and <= MarketingConsts.MaxPerCustomerLimit
            && stock is null or >= 0 && (Kind == MallItemKind.Coupon) == (couponTemplateId is not null)
            // A voucher is collected at the merchant's stores: the platform's mall gives coupons only.
            && (Kind == MallItemKind.Coupon || TenantId is not null);
        if (!ok) throw new BusinessException(MarketingErrorCodes.InvalidMallItem).With("Kind", Kind);
        if (stock < RedeemedCount) throw new BusinessException(MarketingErrorCodes.QuantityBelowIssued).With("Issued", RedeemedCount);
        Name = name;
        Description = description;
        Image = image;
        CouponTemplateId = couponTemplateId;
        PointsCost = pointsCost;
        Stock = stock;
        PerCustomerLimit = perCustomerLimit;
    }

    public void Pause() => Status = Status == MallItemStatus.Ended ? throw Ended() : MallItemStatus.Paused;

    public void Resume() => Status = Status == MallItemStatus.Ended ? throw Ended() : MallItemStatus.Active;

    public void End() => Status = MallItemStatus.Ended;

    private BusinessException Ended() => new BusinessException(MarketingErrorCodes.MallItemNotAvailable).With("Status", Status);
}
