using System.Security.Cryptography;
using LocalLife.WeChat.Pay;

namespace LocalLife.WeChat.Simulator;

/// <summary>
/// WeChat Pay's bookkeeping, in memory: one order per merchant and out_trade_no, refunds that never exceed what
/// was paid, and the error codes WeChat answers when a rule is broken. One lock: a simulator needs no throughput.
/// </summary>
public sealed class SimulatedPayLedger(TimeProvider clock)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);
    private readonly Lock _gate = new();
    private readonly Dictionary<string, SimulatedOrder> _orders = [];
    private readonly Dictionary<string, SimulatedRefund> _refunds = [];

    public SimulatedOrder Prepay(JsapiPrepayRequest request, bool isPartner)
    {
        lock (_gate)
        {
            var key = OrderKey(isPartner ? request.SubMchId : request.MchId, request.OutTradeNo);
            if (_orders.TryGetValue(key, out var existing))
            {
                if (existing.TradeState == WeChatPayTradeStates.Closed)
                    throw new SimulatedPayException(400, WeChatPayErrorCodes.OrderClosed, "订单已关闭");
                if (existing.TradeState != WeChatPayTradeStates.NotPay)
                    throw new SimulatedPayException(403, WeChatPayErrorCodes.OrderPaid, "该订单已支付");
                if (existing.TotalFen != request.Amount.Total || existing.Request.Description != request.Description)
                    throw new SimulatedPayException(403, WeChatPayErrorCodes.OutTradeNoUsed, "商户订单号重复");
                return existing;
            }

            var order = new SimulatedOrder
            {
                Request = request,
                IsPartner = isPartner,
                PrepayId = $"wx{Now():yyyyMMddHHmmss}{Convert.ToHexString(RandomNumberGenerator.GetBytes(10)).ToLowerInvariant()}",
            };
            _orders[key] = order;
            return order;
        }
    }

    public SimulatedOrder Find(string? merchantId, string outTradeNo)
    {
        lock (_gate)
        {
            return _orders.GetValueOrDefault(OrderKey(merchantId, outTradeNo))
                ?? throw new SimulatedPayException(404, WeChatPayErrorCodes.OrderNotExist, "订单不存在");
        }
    }

    public void Close(string? merchantId, string outTradeNo)
    {
        lock (_gate)
        {
            var order = Find(merchantId, outTradeNo);
            if (order.TradeState is WeChatPayTradeStates.Success or WeChatPayTradeStates.Refund)
                throw new SimulatedPayException(400, WeChatPayErrorCodes.OrderPaid, "订单已支付");
            order.TradeState = WeChatPayTradeStates.Closed;
        }
    }

    /// <summary>The user pays. Paying a paid order again is allowed so a demo can re-send its notification.</summary>
    public SimulatedOrder MarkPaid(string outTradeNo)
    {
        lock (_gate)
        {
            var order = _orders.Values.FirstOrDefault(o => o.OutTradeNo == outTradeNo)
                ?? throw new SimulatedPayException(404, WeChatPayErrorCodes.OrderNotExist, "订单不存在");
            if (order.TradeState == WeChatPayTradeStates.Closed)
                throw new SimulatedPayException(400, WeChatPayErrorCodes.OrderClosed, "订单已关闭");
            if (order.TransactionId is null)
            {
                order.TradeState = WeChatPayTradeStates.Success;
                order.TransactionId = "4200" + Digits(24);
                order.SuccessTime = Now();
            }
            return order;
        }
    }

    public SimulatedRefund Refund(RefundRequest request, bool isPartner, string? directMchId)
    {
        lock (_gate)
        {
            var order = Find(isPartner ? request.SubMchId : directMchId, request.OutTradeNo ?? "");
            if (_refunds.TryGetValue(OrderKey(order.SubMchId ?? directMchId, request.OutRefundNo), out var existing))
            {
                if (existing.Request.Amount.Refund != request.Amount.Refund)
                    throw new SimulatedPayException(400, WeChatPayErrorCodes.InvalidRequest, "订单金额或退款金额与之前请求不一致，请核实后再试");
                return existing;
            }
            if (order.TransactionId is null)
                throw new SimulatedPayException(400, WeChatPayErrorCodes.InvalidRequest, "订单未支付");
            if (request.Amount.Total != order.TotalFen)
                throw new SimulatedPayException(400, WeChatPayErrorCodes.InvalidRequest, "订单金额或退款金额与之前请求不一致，请核实后再试");
            if (request.Amount.Refund <= 0 || order.RefundedFen + request.Amount.Refund > order.TotalFen)
                throw new SimulatedPayException(400, WeChatPayErrorCodes.InvalidRequest, "申请退款金额超过订单可退金额");

            order.RefundedFen += request.Amount.Refund;
            order.TradeState = WeChatPayTradeStates.Refund;
            var refund = new SimulatedRefund { Order = order, Request = request, RefundId = "50" + Digits(30), CreateTime = Now() };
            _refunds[OrderKey(order.SubMchId ?? directMchId, request.OutRefundNo)] = refund;
            return refund;
        }
    }

    public SimulatedRefund FindRefund(string? merchantId, string outRefundNo)
    {
        lock (_gate)
        {
            return _refunds.GetValueOrDefault(OrderKey(merchantId, outRefundNo))
                ?? throw new SimulatedPayException(404, WeChatPayErrorCodes.ResourceNotExists, "退款单不存在");
        }
    }

    public void CompleteRefund(SimulatedRefund refund)
    {
        lock (_gate)
        {
            refund.Status = WeChatPayRefundStatuses.Success;
            refund.SuccessTime = Now();
        }
    }

    public IReadOnlyList<SimulatedOrder> Orders
    {
        get { lock (_gate) return [.. _orders.Values]; }
    }

    // WeChat writes times in Beijing time with an offset and no fraction: 2018-06-08T10:34:56+08:00.
    private DateTimeOffset Now()
    {
        var now = clock.GetUtcNow().ToOffset(ChinaOffset);
        return now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    private static string OrderKey(string? merchantId, string number) => $"{merchantId}/{number}";

    private static string Digits(int count) => RandomNumberGenerator.GetString("0123456789", count);
}
