using System.Security.Cryptography;
using LocalLife.Errors;
using LocalLife.Loyalty;

namespace LocalLife.Marketing;

/// <summary>
/// Redemptions in the points mall, in the caller's transaction: the item must be active, the customer under its limit,
/// one left (counted in the database), and the points there (spent through the ledger, first-to-expire first); then the
/// coupon is issued (it counts against its template too) or a voucher code made.
/// </summary>
public class MallManager(IMallRepository mall, ICouponTemplateRepository templates, CouponManager coupons, PointsManager points)
{
    public async Task<MallRedemption> RedeemAsync(MallItem item, Guid customerId, DateTimeOffset now, CancellationToken ct)
    {
        if (item.Status != MallItemStatus.Active) throw new BusinessException(MarketingErrorCodes.MallItemNotAvailable).With("Status", item.Status);
        var held = await mall.CountOfItemAsync(item.Id, customerId, ct);
        if (held >= item.PerCustomerLimit) throw new BusinessException(MarketingErrorCodes.MallLimitReached).With("Limit", item.PerCustomerLimit);
        if (!await mall.TryRedeemAsync(item.Id, ct)) throw new BusinessException(MarketingErrorCodes.MallItemSoldOut);

        var id = Guid.CreateVersion7();
        Guid? couponId = null;
        string? code = null;
        if (item.Kind == MallItemKind.Coupon)
        {
            var template = await templates.GetAsync(item.CouponTemplateId!.Value, ct);
            couponId = (await coupons.ClaimAsync(template, customerId, CouponSource.PointsMall, now, ct)).Id;
        }
        else
        {
            code = VoucherCode();
        }
        var redemption = new MallRedemption(id, item, customerId, held + 1, couponId, code, now);
        await points.SpendAsync(customerId, item.PointsCost, item.TenantId, PointsDocumentType.PointsMall, id.ToString(), redemption.PointsKey, ct);
        await mall.InsertRedemptionAsync(redemption, ct);
        return redemption;
    }

    /// <summary>Ten digits, read aloud or typed at the desk; unique per merchant (the database refuses a repeat).</summary>
    private static string VoucherCode() => RandomNumberGenerator.GetInt32(0, 1_000_000_000).ToString("D9") + RandomNumberGenerator.GetInt32(0, 10);
}
