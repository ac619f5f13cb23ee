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
    public const string InvalidActivity = "LocalLife:Marketing:InvalidActivity";
    public const string ActivityLimitReached = "LocalLife:Marketing:ActivityLimitReached";
    public const string ActivityEnded = "LocalLife:Marketing:ActivityEnded";
    public const string InvalidMallItem = "LocalLife:Marketing:InvalidMallItem";
    public const string MallItemNotAvailable = "LocalLife:Marketing:MallItemNotAvailable";
    public const string MallItemSoldOut = "LocalLife:Marketing:MallItemSoldOut";
    public const string MallLimitReached = "LocalLife:Marketing:MallLimitReached";
    public const string VoucherNotFound = "LocalLife:Marketing:VoucherNotFound";
    public const string VoucherAlreadyCollected = "LocalLife:Marketing:VoucherAlreadyCollected";
    public const string QuantityBelowIssued = "LocalLife:Marketing:QuantityBelowIssued";
}
