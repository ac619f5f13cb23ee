namespace LocalLife.Marketing;

public static class MarketingErrorCodes
{
    public const string InvalidCouponRules = "LocalLife:Marketing:InvalidCouponRules";
    public const string InvalidValidity = "LocalLife:Marketing:InvalidValidity";
    public const string TemplateNotClaimable = "LocalLife:Marketing:TemplateNotClaimable";
    public const string TemplateExhausted = "LocalLife:Marketing:TemplateExhausted";
    public const string ClaimLimitReached = "LocalLife:Marketing:ClaimLimitReached";
    public const string CouponNotUsable = "LocalLife:Marketing:CouponNotUsable";
    public const string CouponAlreadyUsed = "LocalLife:Marketing:CouponAlreadyUsed";
    public const string InvalidCombo = "LocalLife:Marketing:InvalidCombo";
    public const string InvalidComboPicks = "LocalLife:Marketing:InvalidComboPicks";
    public const string ComboNotCheaper = "LocalLife:Marketing:ComboNotCheaper";
    public const string ComboComponentUnavailable = "LocalLife:Marketing:ComboComponentUnavailable";
    public const string QuantityBelowIssued = "LocalLife:Marketing:QuantityBelowIssued";
}
