using LocalLife.Errors;
using LocalLife.Marketing;

namespace LocalLife.Payments;

/// <summary>Which coupon a checkout should use: the one the customer chose, none, or (for a preview) the best one.</summary>
public sealed record CouponChoice(Guid? CouponId, bool PickBest)
{
    public static readonly CouponChoice None = new(null, false);
}

/// <summary>
/// The discounts judged for a checkout: a spend-discount activity's (automatic, first), then the coupons held, judged on what
/// is left, and the one it uses (null: none).
/// </summary>
public sealed record JudgedCoupons(IReadOnlyList<CouponOffer> Offers, CouponOffer? Chosen, Activity? Activity = null, long ActivityFen = 0)
{
    public long DiscountFen => ActivityFen + (Chosen?.Verdict.DiscountFen ?? 0);

    public IReadOnlyList<PayableDiscount> Discounts =>
    [
        .. Activity is { } a ? [new PayableDiscount(DiscountSource.Activity, a.Id, a.Name, ActivityFen)] : Array.Empty<PayableDiscount>(),
        .. Chosen is { } c ? [new PayableDiscount(DiscountSource.Coupon, c.Coupon.Id, c.Coupon.Name, c.Verdict.DiscountFen, c.Coupon.IssuerTenantId is null)]
            : Array.Empty<PayableDiscount>(),
    ];

    /// <summary>The discounts with the lines each covers: the activity's all of them, the coupon's by its rules.</summary>
    public IReadOnlyList<Ordering.OrderDiscount> ForOrder =>
        [.. Discounts.Select(d => new Ordering.OrderDiscount(d, d.Source == DiscountSource.Coupon ? Chosen!.Coupon.Rules : null))];
}

/// <summary>
/// The discount step of the checkout, before points: judges every coupon the customer holds at the merchant against the
/// payable (the picker shows them all, usable first, the best pre-selected), spends the chosen one in the payable's
/// transaction (a conditional update: of racing checkouts with one coupon, one wins, the rest answer 409), gives it back
/// when the payable is cancelled or refunded in full, and records paid payables for new-customer coupons.
/// </summary>
public sealed class CheckoutDiscounts(ICouponRepository coupons, ICustomerPurchases purchases, TimeProvider clock)
{
    /// <param name="activities">The store's running activities for the customer; a spend discount comes off first (orders only).</param>
    public async Task<JudgedCoupons> JudgeAsync(Guid customerId, CouponUse use, Guid tenantId, Guid storeId, DateTime localTime,
        IReadOnlyList<CouponLine> lines, CouponChoice choice, StoreActivities activities, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var spend = use == CouponUse.Orders ? activities.BestSpendDiscount(lines.Sum(l => l.AmountFen)) : null;
        if (spend is { DiscountFen: var activityFen })
        {
            // Coupons are judged on what is left of each line once the activity's discount is split over them.
            var shares = DiscountSplit.Allocate(activityFen, [.. lines.Select(l => l.AmountFen)]);
            lines = [.. lines.Select((l, i) => l with { AmountFen = l.AmountFen - shares[i] })];
        }
        var held = await coupons.GetUsableAsync(customerId, tenantId, now, ct);
        if (held.Count == 0 && choice.CouponId is null) return new JudgedCoupons([], null, spend?.Activity, spend?.DiscountFen ?? 0);
        var (atMerchant, onPlatform) = await purchases.HasPurchasedAsync(customerId, tenantId, ct);
        var checkout = new CouponCheckout(use, tenantId, storeId, localTime, lines, !atMerchant, !onPlatform);
        var offers = CouponManager.Offers(held, checkout, now);
        var chosen = choice.CouponId is { } id
            ? CouponManager.Choose(held, id, customerId, checkout, now)
            : choice.PickBest ? offers.FirstOrDefault(o => o.Verdict is { Usable: true, DiscountFen: > 0 }) : null;
        return new JudgedCoupons(offers, chosen, spend?.Activity, spend?.DiscountFen ?? 0);
    }

    /// <summary>Spends the chosen coupon on the payable (inside its transaction); another checkout that used it first refuses with 409.</summary>
    public async Task UseAsync(IPayable payable, JudgedCoupons judged, CancellationToken ct)
    {
        if (judged.Chosen is not { } chosen) return;
        var tenantId = payable.TenantId ?? throw new InvalidOperationException("A payable always belongs to a merchant.");
        if (!await coupons.TryUseAsync(chosen.Coupon.Id, payable.CustomerId, payable.PaymentKind, payable.Id, tenantId, chosen.Verdict.DiscountFen,
                clock.GetUtcNow(), ct))
            throw new BusinessException(MarketingErrorCodes.CouponAlreadyUsed);
    }

    /// <summary>The payable's coupon goes back to the customer (inside the transaction that cancels or fully refunds it).</summary>
    public Task GiveBackAsync(IPayable payable, CancellationToken ct) => coupons.GiveBackAsync(payable.PaymentKind, payable.Id, ct);

    /// <summary>The customer has now paid at this merchant (inside the transaction that records it): no longer new there.</summary>
    public Task RecordPaidAsync(IPayable payable, DateTimeOffset at, CancellationToken ct) =>
        purchases.RecordAsync(payable.CustomerId, payable.TenantId ?? throw new InvalidOperationException("A payable always belongs to a merchant."), at, ct);
}
