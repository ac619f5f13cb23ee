using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;

namespace LocalLife.Marketing;

/// <summary>
/// A coupon a merchant (or, with no tenant, the platform, which then pays the discount at any merchant) puts out for
/// customers to claim: its rules, how long a claimed coupon is valid, how many there are in all and how many one
/// customer may hold. The count issued moves only in the database (a conditional update in the claim's transaction), so
/// racing claims never issue more than <see cref="TotalQuantity"/>.
/// </summary>
public class CouponTemplate : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private CouponTemplate() { } // EF

    public CouponTemplate(Guid id, Guid? tenantId, string name, string? description, CouponRules rules, CouponValidity validity, DateTimeOffset? validFrom,
        DateTimeOffset? validTo, int validDays, int totalQuantity, int perCustomerLimit, bool newCustomerGift) : base(id)
    {
        TenantId = tenantId;
        Status = CouponTemplateStatus.Active;
        Update(name, description, rules, validity, validFrom, validTo, validDays, totalQuantity, perCustomerLimit, newCustomerGift);
    }

    /// <summary>The issuing merchant; null: the platform issues and funds it.</summary>
    public Guid? TenantId { get; private set; }
    public string Name { get; private set; } = null!;
    public string? Description { get; private set; }
    public CouponRules Rules { get; private set; } = null!;
    public CouponValidity Validity { get; private set; }
    public DateTimeOffset? ValidFrom { get; private set; }
    public DateTimeOffset? ValidTo { get; private set; }
    public int ValidDays { get; private set; }
    public int TotalQuantity { get; private set; }
    public int IssuedCount { get; private set; }
    public int PerCustomerLimit { get; private set; }

    /// <summary>The platform gives one to every customer at their first sign-in.</summary>
    public bool NewCustomerGift { get; private set; }

    public CouponTemplateStatus Status { get; private set; }

    public bool IsPlatformFunded => TenantId is null;

    public void Update(string name, string? description, CouponRules rules, CouponValidity validity, DateTimeOffset? validFrom, DateTimeOffset? validTo,
        int validDays, int totalQuantity, int perCustomerLimit, bool newCustomerGift)
    {
        rules.Validate();
        var validityOk = validity switch
        {
            CouponValidity.FixedDates => validFrom is { } from && validTo is { } to && from < to && validDays == 0,
            _ => validDays is > 0 and <= MarketingConsts.MaxValidDays && validFrom is null && validTo is null,
        };
        if (!validityOk) throw new BusinessException(MarketingErrorCodes.InvalidValidity);
        if (totalQuantity is < 1 or > MarketingConsts.MaxTotalQuantity || perCustomerLimit is < 1 or > MarketingConsts.MaxPerCustomerLimit)
            throw new BusinessException(MarketingErrorCodes.InvalidCouponRules).With("Kind", rules.Kind);
        if (totalQuantity < IssuedCount)
            throw new BusinessException(MarketingErrorCodes.QuantityBelowIssued).With("Issued", IssuedCount);
        if (newCustomerGift && TenantId is not null)
            throw new BusinessException(MarketingErrorCodes.InvalidCouponRules).With("Kind", rules.Kind);
        Name = name;
        Description = description;
        Rules = rules;
        Validity = validity;
        ValidFrom = validFrom?.ToUniversalTime();
        ValidTo = validTo?.ToUniversalTime();
        ValidDays = validDays;
        TotalQuantity = totalQuantity;
        PerCustomerLimit = perCustomerLimit;
        NewCustomerGift = newCustomerGift;
    }

    public void Pause() => MoveTo(CouponTemplateStatus.Paused);

    public void Resume() => MoveTo(CouponTemplateStatus.Active);

    public void End() => MoveTo(CouponTemplateStatus.Ended);

    /// <summary>Whether customers may claim one now (active, and a fixed-dates coupon not already over).</summary>
    public bool IsClaimable(DateTimeOffset now) => Status == CouponTemplateStatus.Active && (ValidTo is null || now < ValidTo);

    /// <summary>The validity of a coupon claimed at <paramref name="claimedAt"/>.</summary>
    public (DateTimeOffset From, DateTimeOffset To) ValidityFor(DateTimeOffset claimedAt) =>
        Validity == CouponValidity.FixedDates ? (ValidFrom!.Value, ValidTo!.Value) : (claimedAt, claimedAt.AddDays(ValidDays));

    private void MoveTo(CouponTemplateStatus next)
    {
        if (Status == CouponTemplateStatus.Ended && next != CouponTemplateStatus.Ended)
            throw new BusinessException(MarketingErrorCodes.TemplateNotClaimable).With("Status", Status);
        Status = next;
    }
}
