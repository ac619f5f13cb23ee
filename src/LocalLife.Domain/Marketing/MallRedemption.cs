using LocalLife.Entities;
using LocalLife.Errors;

namespace LocalLife.Marketing;

/// <summary>
/// A customer's redemption in the points mall: the points it cost and what it gave, the coupon or the voucher code to show
/// at the issuer's store. Like coupons it is the customer's (platform-wide); the issuer's staff find it by its code.
/// </summary>
public class MallRedemption : AggregateRoot<Guid>
{
    private MallRedemption() { } // EF

    internal MallRedemption(Guid id, MallItem item, Guid customerId, int sequence, Guid? couponId, string? voucherCode, DateTimeOffset now) : base(id)
    {
        ItemId = item.Id;
        IssuerTenantId = item.TenantId;
        CustomerId = customerId;
        Sequence = sequence;
        ItemName = item.Name;
        Points = item.PointsCost;
        CouponId = couponId;
        VoucherCode = voucherCode;
        Status = MallRedemptionStatus.Issued;
        RedeemedAt = now;
    }

    public Guid ItemId { get; private set; }
    public Guid? IssuerTenantId { get; private set; }
    public Guid CustomerId { get; private set; }

    /// <summary>The customer's how-many-th redemption of the item (1 … its per-customer limit; unique in the database).</summary>
    public int Sequence { get; private set; }

    public string ItemName { get; private set; } = null!;
    public long Points { get; private set; }
    public Guid? CouponId { get; private set; }
    public string? VoucherCode { get; private set; }
    public MallRedemptionStatus Status { get; private set; }
    public DateTimeOffset RedeemedAt { get; private set; }
    public DateTimeOffset? CollectedAt { get; private set; }
    public Guid? CollectedAtStoreId { get; private set; }
    public Guid? CollectedByUserId { get; private set; }

    public string PointsKey => $"mall-redeem:{Id}";

    /// <summary>The voucher is handed over at a store of its merchant; once only.</summary>
    public void Collect(Guid storeId, Guid staffId, DateTimeOffset now)
    {
        if (VoucherCode is null) throw new BusinessException(MarketingErrorCodes.VoucherNotFound);
        if (Status == MallRedemptionStatus.Collected)
            throw new BusinessException(MarketingErrorCodes.VoucherAlreadyCollected).With("At", CollectedAt);
        Status = MallRedemptionStatus.Collected;
        CollectedAt = now;
        CollectedAtStoreId = storeId;
        CollectedByUserId = staffId;
    }
}
