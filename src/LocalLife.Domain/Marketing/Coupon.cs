using LocalLife.Entities;
using LocalLife.Payments;

namespace LocalLife.Marketing;

/// <summary>
/// A coupon a customer holds: a copy of its template's rules, its validity, and — once used — the payable it paid
/// towards and what it took off. Like the points wallet it belongs to the platform customer, not to a tenant: the
/// customer sees all of theirs, and a merchant's checkout reads the customer's coupons of that merchant and the
/// platform's. It is used and given back only by conditional updates in the payable's transaction (see
/// <see cref="ICouponRepository"/>), so one coupon pays once even when many checkouts race for it.
/// </summary>
public class Coupon : AggregateRoot<Guid>
{
    private Coupon() { } // EF

    internal Coupon(Guid id, CouponTemplate template, Guid customerId, int sequence, CouponSource source, DateTimeOffset claimedAt) : base(id)
    {
        TemplateId = template.Id;
        IssuerTenantId = template.TenantId;
        CustomerId = customerId;
        Sequence = sequence;
        Name = template.Name;
        Rules = template.Rules;
        (ValidFrom, ValidTo) = template.ValidityFor(claimedAt);
        Source = source;
        ClaimedAt = claimedAt;
        Status = CouponStatus.Available;
    }

    public Guid TemplateId { get; private set; }

    /// <summary>The merchant whose stores take it; null: the platform's, taken by every merchant and paid for by the platform.</summary>
    public Guid? IssuerTenantId { get; private set; }

    public Guid CustomerId { get; private set; }

    /// <summary>The customer's how-many-th coupon of the template (1 … its per-customer limit; the database keeps it unique).</summary>
    public int Sequence { get; private set; }

    public string Name { get; private set; } = null!;
    public CouponRules Rules { get; private set; } = null!;
    public DateTimeOffset ValidFrom { get; private set; }
    public DateTimeOffset ValidTo { get; private set; }
    public CouponSource Source { get; private set; }
    public DateTimeOffset ClaimedAt { get; private set; }
    public CouponStatus Status { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }
    public PaymentKind? UsedForKind { get; private set; }
    public Guid? UsedForId { get; private set; }
    public Guid? UsedAtTenantId { get; private set; }
    public long DiscountFen { get; private set; }

    public bool IsValidAt(DateTimeOffset now) => now >= ValidFrom && now < ValidTo;

    public CouponState StateAt(DateTimeOffset now) => Status switch
    {
        CouponStatus.Used => CouponState.Used,
        _ when now >= ValidTo => CouponState.Expired,
        _ when now < ValidFrom => CouponState.NotYetValid,
        _ => CouponState.Usable,
    };

    /// <summary>What it takes off this checkout, or why not: held, valid now, of this merchant or the platform, and its rules met.</summary>
    public CouponVerdict Evaluate(CouponCheckout checkout, DateTimeOffset now)
    {
        if (Status != CouponStatus.Available || !IsValidAt(now)) return CouponVerdict.No(CouponUnusableReason.NotValidNow);
        if (IssuerTenantId is { } issuer && issuer != checkout.TenantId) return CouponVerdict.No(CouponUnusableReason.OtherStore);
        return Rules.Evaluate(checkout);
    }
}
