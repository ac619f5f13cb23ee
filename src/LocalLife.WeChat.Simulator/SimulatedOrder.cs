using LocalLife.WeChat.Pay;

namespace LocalLife.WeChat.Simulator;

/// <summary>An order as the simulated WeChat Pay keeps it. Mutated only under the ledger's lock.</summary>
public sealed class SimulatedOrder
{
    public required JsapiPrepayRequest Request { get; init; }
    public required bool IsPartner { get; init; }
    public required string PrepayId { get; init; }
    public string TradeState { get; internal set; } = WeChatPayTradeStates.NotPay;
    public string? TransactionId { get; internal set; }
    public DateTimeOffset? SuccessTime { get; internal set; }
    /// <summary>Sum of accepted refunds, in fen; never above the total.</summary>
    public long RefundedFen { get; internal set; }

    public string OutTradeNo => Request.OutTradeNo;
    public long TotalFen => Request.Amount.Total;
    public string? SubMchId => Request.SubMchId;

    public WeChatPayTransaction ToTransaction() => new()
    {
        AppId = IsPartner ? null : Request.AppId,
        MchId = IsPartner ? null : Request.MchId,
        SpAppId = Request.SpAppId,
        SpMchId = Request.SpMchId,
        SubAppId = Request.SubAppId,
        SubMchId = Request.SubMchId,
        OutTradeNo = OutTradeNo,
        TransactionId = TransactionId,
        TradeType = "JSAPI",
        TradeState = TradeState,
        TradeStateDesc = TradeState switch
        {
            WeChatPayTradeStates.Success => "支付成功",
            WeChatPayTradeStates.Refund => "转入退款",
            WeChatPayTradeStates.Closed => "已关闭",
            _ => "未支付",
        },
        BankType = TransactionId is null ? null : "OTHERS",
        Attach = Request.Attach,
        SuccessTime = SuccessTime,
        Payer = Request.Payer,
        Amount = new WeChatPayTransactionAmount
        {
            Total = TotalFen,
            PayerTotal = TransactionId is null ? null : TotalFen,
            Currency = "CNY",
            PayerCurrency = "CNY",
        },
    };
}
