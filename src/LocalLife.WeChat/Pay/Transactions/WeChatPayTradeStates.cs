namespace LocalLife.WeChat.Pay;

/// <summary>The values of <c>trade_state</c>.</summary>
public static class WeChatPayTradeStates
{
    public const string Success = "SUCCESS";
    public const string Refund = "REFUND";
    public const string NotPay = "NOTPAY";
    public const string Closed = "CLOSED";
    public const string Revoked = "REVOKED";
    public const string UserPaying = "USERPAYING";
    public const string PayError = "PAYERROR";
}
