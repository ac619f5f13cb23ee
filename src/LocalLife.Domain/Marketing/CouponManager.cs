using LocalLife.Errors;

namespace LocalLife.Marketing;

/// <summary>A coupon the checkout may use, with what it would take off (0 and a reason when it cannot be used).</summary>
public sealed record CouponOffer(Coupon Coupon, CouponVerdict Verdict);

/// <summary>
/// Claims and offers of coupons. A claim must find the template claimable, the customer under its per-customer limit
/// and a coupon left (counted in the database, so racing claims never issue more than there are). At checkout every
/// coupon the customer holds for the merchant is judged against the payable, the best first.
/// </summary>
public class CouponManager(ICouponTemplateRepository templates, ICouponRepository coupons)
{
    /// <summary>A new coupon for the customer (in the caller's transaction; the caller saves with <see cref="ICouponRepository"/>).</summary>
    public async Task<Coupon> ClaimAsync(CouponTemplate template, Guid customerId, CouponSource source, DateTimeOffset now, CancellationToken ct)
    {
        if (!template.IsClaimable(now)) throw new BusinessException(MarketingErrorCodes.TemplateNotClaimable).With("Status", template.Status);
        var held = await coupons.CountOfTemplateAsync(template.Id, customerId, ct);
        if (held >= template.PerCustomerLimit)
            throw new BusinessException(MarketingErrorCodes.ClaimLimitReached).With("Limit", template.PerCustomerLimit);
        if (!await templates.TryIssueAsync(template.Id, ct)) throw new BusinessException(MarketingErrorCodes.TemplateExhausted);
        var coupon = new Coupon(Guid.CreateVersion7(), template, customerId, held + 1, source, now);
        await coupons.InsertAsync(coupon, ct);
        return coupon;
    }

    /// <summary>Every coupon judged for this checkout: the usable ones first, the one taking off most first (then the one ending soonest).</summary>
    public static IReadOnlyList<CouponOffer> Offers(IEnumerable<Coupon> held, CouponCheckout checkout, DateTimeOffset now) =>
        [.. held.Select(c => new CouponOffer(c, c.Evaluate(checkout, now)))
            .OrderByDescending(o => o.Verdict.Usable)
            .ThenByDescending(o => o.Verdict.DiscountFen)
            .ThenBy(o => o.Coupon.ValidTo)
            .ThenBy(o => o.Coupon.Id)];

    /// <summary>The coupon the customer chose, judged: unusable or someone else's refuses.</summary>
    public static CouponOffer Choose(IEnumerable<Coupon> held, Guid couponId, Guid customerId, CouponCheckout checkout, DateTimeOffset now)
    {
        var coupon = held.FirstOrDefault(c => c.Id == couponId && c.CustomerId == customerId)
            ?? throw new BusinessException(MarketingErrorCodes.CouponNotUsable).With("Reason", CouponUnusableReason.NotValidNow);
        var verdict = coupon.Evaluate(checkout, now);
        return verdict.Usable ? new CouponOffer(coupon, verdict) : throw new BusinessException(MarketingErrorCodes.CouponNotUsable).With("Reason", verdict.Reason);
    }
}
