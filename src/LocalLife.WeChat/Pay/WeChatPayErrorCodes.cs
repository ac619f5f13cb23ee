namespace LocalLife.WeChat.Pay;

/// <summary>The <c>code</c> values of WeChat Pay error answers that callers react to.</summary>
public static class WeChatPayErrorCodes
{
    public const string ParamError = "PARAM_ERROR";
    public const string InvalidRequest = "INVALID_REQUEST";
    public const string SignError = "SIGN_ERROR";
    public const string OrderPaid = "ORDERPAID";
    public const string OrderClosed = "ORDER_CLOSED";
    public const string OrderNotExist = "ORDER_NOT_EXIST";
    public const string OutTradeNoUsed = "OUT_TRADE_NO_USED";
    public const string ResourceNotExists = "RESOURCE_NOT_EXISTS";
    public const string SystemError = "SYSTEM_ERROR";
}
