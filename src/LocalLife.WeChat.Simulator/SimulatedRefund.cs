using LocalLife.WeChat.Pay;

namespace LocalLife.WeChat.Simulator;

/// <summary>A refund as the simulated WeChat Pay keeps it. Mutated only under the ledger's lock.</summary>
public sealed class SimulatedRefund
{
    public required SimulatedOrder Order { get; init; }
    public required RefundRequest Request { get; init; }
    public required string RefundId { get; init; }
    public required DateTimeOffset CreateTime { get; init; }
    public string Status { get; internal set; } = WeChatPayRefundStatuses.Processing;
    public DateTimeOffset? SuccessTime { get; internal set; }

    public WeChatPayRefund ToRefund() => new()
    {
        RefundId = RefundId,
        OutRefundNo = Request.OutRefundNo,
        TransactionId = Order.TransactionId,
        OutTradeNo = Order.OutTradeNo,
        Channel = "ORIGINAL",
        UserReceivedAccount = "支付用户零钱",
        SuccessTime = SuccessTime,
        CreateTime = CreateTime,
        Status = Status,
        FundsAccount = "AVAILABLE",
        Amount = Amount(),
    };

    public WeChatPayRefundNotification ToNotification() => new()
    {
        MchId = Order.IsPartner ? null : Order.Request.MchId,
        SpMchId = Order.Request.SpMchId,
        SubMchId = Order.SubMchId,
        OutTradeNo = Order.OutTradeNo,
        TransactionId = Order.TransactionId,
        OutRefundNo = Request.OutRefundNo,
        RefundId = RefundId,
        RefundStatus = Status,
        SuccessTime = SuccessTime,
        UserReceivedAccount = "支付用户零钱",
        Amount = new WeChatPayRefundAmount
        {
            Total = Order.TotalFen, Refund = Request.Amount.Refund, PayerTotal = Order.TotalFen, PayerRefund = Request.Amount.Refund,
        },
    };

    private WeChatPayRefundAmount Amount() => new()
    {
        Total = Order.TotalFen,
        Refund = Request.Amount.Refund,
        PayerTotal = Order.TotalFen,
        PayerRefund = Request.Amount.Refund,
        SettlementTotal = Order.TotalFen,
        SettlementRefund = Request.Amount.Refund,
        DiscountRefund = 0,
        Currency = "CNY",
    };
}
