namespace LocalLife.WeChat.Pay;

/// <summary>The values of <c>status</c> (refund answers) and <c>refund_status</c> (refund notifications).</summary>
public static class WeChatPayRefundStatuses
{
    public const string Success = "SUCCESS";
    public const string Closed = "CLOSED";
    public const string Processing = "PROCESSING";
    public const string Abnormal = "ABNORMAL";
}
