namespace LocalLife.WeChat.Pay;

public static class WeChatPayEventTypes
{
    public const string TransactionSuccess = "TRANSACTION.SUCCESS";
    public const string RefundSuccess = "REFUND.SUCCESS";
    public const string RefundAbnormal = "REFUND.ABNORMAL";
    public const string RefundClosed = "REFUND.CLOSED";
    public const string EncryptResource = "encrypt-resource";
}
