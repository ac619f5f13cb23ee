namespace LocalLife.Payments;

public static class PaymentConsts
{
    /// <summary>An unpaid payment is closed this long after its prepay (the booking/order is then released).</summary>
    public static readonly TimeSpan PayWindow = TimeSpan.FromMinutes(15);

    /// <summary>WeChat allows 6–32 characters; ours are 15 (P + yyMMdd + 8), readable over the phone.</summary>
    public const int MaxOutTradeNoLength = 32;
    public const int MaxDescriptionLength = 127;
    public const int MaxReasonLength = 80;
    public const int MaxIdempotencyKeyLength = 64;
    public const int MaxSubMchIdLength = 32;
    public const string DefaultTimeZone = "Asia/Shanghai";
}
