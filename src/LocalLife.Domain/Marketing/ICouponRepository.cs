using LocalLife.Payments;

namespace LocalLife.Marketing;

public interface ICouponTemplateRepository
{
    Task<CouponTemplate> GetAsync(Guid id, CancellationToken ct);
    Task<CouponTemplate?> FindAsync(Guid id, CancellationToken ct);

    /// <summary>Templates of the current tenant (the platform's when there is none), newest first.</summary>
    Task<(IReadOnlyList<CouponTemplate> Items, int Total)> GetPageAsync(CouponTemplateStatus? status, int skip, int take, CancellationToken ct);

    /// <summary>Templates customers may claim now, of the current tenant (for a store: of its merchant), that are good at this store.</summary>
    Task<IReadOnlyList<CouponTemplate>> GetClaimableAsync(Guid? storeId, DateTimeOffset now, CancellationToken ct);

    /// <summary>The platform's new-customer gifts that can still be claimed.</summary>
    Task<IReadOnlyList<CouponTemplate>> GetNewCustomerGiftsAsync(DateTimeOffset now, CancellationToken ct);

    Task InsertAsync(CouponTemplate template, CancellationToken ct);

    /// <summary>
    /// Counts one more coupon issued, in the caller's transaction, only while fewer than the total have been: false when
    /// none is left. The template's row stays locked until the commit, so racing claims queue and never overshoot.
    /// </summary>
    Task<bool> TryIssueAsync(Guid templateId, CancellationToken ct);
}

public interface ICouponRepository
{
    Task<Coupon?> FindAsync(Guid id, CancellationToken ct);

    /// <summary>The customer's coupons in a state (null: all), newest claim first.</summary>
    Task<(IReadOnlyList<Coupon> Items, int Total)> GetPageOfCustomerAsync(Guid customerId, CouponState? state, DateTimeOffset now, int skip, int take,
        CancellationToken ct);

    /// <summary>How many of each template the customer holds.</summary>
    Task<IReadOnlyDictionary<Guid, int>> CountHeldAsync(Guid customerId, IReadOnlyCollection<Guid> templateIds, CancellationToken ct);

    /// <summary>Per template of the current side: coupons used, expired unused, discount given, and the orders and bookings they paid towards.</summary>
    Task<CouponUsage> GetUsageAsync(Guid templateId, DateTimeOffset now, CancellationToken ct);

    /// <summary>Platform-funded coupons used at each merchant in [from, to): the count and the discount the platform owes.</summary>
    Task<IReadOnlyList<(Guid TenantId, int Used, long DiscountFen)>> GetPlatformFundedUseAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken ct);

    /// <summary>The customer's coupons that could pay at this merchant now: the merchant's and the platform's, available and valid.</summary>
    Task<IReadOnlyList<Coupon>> GetUsableAsync(Guid customerId, Guid tenantId, DateTimeOffset now, CancellationToken ct);

    /// <summary>How many coupons of the template the customer holds (any state): the next one is that count plus one.</summary>
    Task<int> CountOfTemplateAsync(Guid templateId, Guid customerId, CancellationToken ct);

    Task InsertAsync(Coupon coupon, CancellationToken ct);

    /// <summary>Saves a claim; the same customer's racing claim that took the same place answers <see cref="MarketingErrorCodes.ClaimLimitReached"/>.</summary>
    Task SaveClaimAsync(CancellationToken ct);

    /// <summary>
    /// Spends the coupon on a payable in the caller's transaction: only if it is the customer's, still available and valid
    /// now. False when another checkout used it first (the row's update decides).
    /// </summary>
    Task<bool> TryUseAsync(Guid couponId, Guid customerId, PaymentKind kind, Guid payableId, Guid tenantId, long discountFen, DateTimeOffset now,
        CancellationToken ct);

    /// <summary>Gives back the coupon a payable used (cancelled or fully refunded), in the caller's transaction; false when it had none.</summary>
    Task<bool> GiveBackAsync(PaymentKind kind, Guid payableId, CancellationToken ct);

    /// <summary>The coupon a payable used, if any.</summary>
    Task<Coupon?> FindUsedByAsync(PaymentKind kind, Guid payableId, CancellationToken ct);
}

/// <summary>What coupons of one template did.</summary>
public sealed record CouponUsage(int Used, int Expired, long DiscountFen, int Orders, long OrdersItemsFen, int Bookings, long BookingsDepositFen);

/// <summary>Whether customers have paid before, at a merchant or anywhere (new-customer coupons).</summary>
public interface ICustomerPurchases
{
    Task<(bool AtMerchant, bool OnPlatform)> HasPurchasedAsync(Guid customerId, Guid tenantId, CancellationToken ct);

    /// <summary>Records a paid payable at a merchant, in the caller's transaction (idempotent).</summary>
    Task RecordAsync(Guid customerId, Guid tenantId, DateTimeOffset at, CancellationToken ct);
}
