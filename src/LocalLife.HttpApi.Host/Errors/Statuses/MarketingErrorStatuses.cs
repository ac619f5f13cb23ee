using LocalLife.Marketing;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace LocalLife.Errors;

/// <summary>The HTTP statuses of the marketing errors: a race lost to another customer (the last coupon, the last unit) is a conflict.</summary>
internal static class MarketingErrorStatuses
{
    public static readonly IReadOnlyDictionary<string, int> Map = new Dictionary<string, int>
    {
        { MarketingErrorCodes.InvalidCouponRules, Status422UnprocessableEntity },
        { MarketingErrorCodes.InvalidValidity, Status422UnprocessableEntity },
        { MarketingErrorCodes.TemplateNotClaimable, Status409Conflict },
        { MarketingErrorCodes.TemplateExhausted, Status409Conflict },
        { MarketingErrorCodes.ClaimLimitReached, Status409Conflict },
        { MarketingErrorCodes.CouponNotUsable, Status422UnprocessableEntity },
        { MarketingErrorCodes.CouponAlreadyUsed, Status409Conflict },
        { MarketingErrorCodes.InvalidCombo, Status422UnprocessableEntity },
        { MarketingErrorCodes.InvalidComboPicks, Status422UnprocessableEntity },
        { MarketingErrorCodes.ComboNotCheaper, Status422UnprocessableEntity },
        { MarketingErrorCodes.ComboComponentUnavailable, Status409Conflict },
        { MarketingErrorCodes.InvalidActivity, Status422UnprocessableEntity },
        { MarketingErrorCodes.ActivityLimitReached, Status409Conflict },
        { MarketingErrorCodes.ActivityEnded, Status409Conflict },
        { MarketingErrorCodes.InvalidMallItem, Status422UnprocessableEntity },
        { MarketingErrorCodes.MallItemNotAvailable, Status409Conflict },
        { MarketingErrorCodes.MallItemSoldOut, Status409Conflict },
        { MarketingErrorCodes.MallLimitReached, Status409Conflict },
        { MarketingErrorCodes.VoucherNotFound, Status404NotFound },
        { MarketingErrorCodes.VoucherAlreadyCollected, Status409Conflict },
        { MarketingErrorCodes.QuantityBelowIssued, Status422UnprocessableEntity },
    };
}
