namespace LocalLife.WeChat.Pay;

/// <summary>
/// A refund to request. <see cref="TotalFen"/> must equal the original order's total; WeChat checks it.
/// Reusing an <see cref="OutRefundNo"/> retries the same refund rather than refunding twice.
/// </summary>
public sealed record WeChatPayRefundOrder(string OutTradeNo, string OutRefundNo, long RefundFen, long TotalFen)
{
    /// <summary>Required in Partner mode.</summary>
    public string? SubMchId { get; init; }
    public string? Reason { get; init; }
    public string? NotifyUrl { get; init; }
}
