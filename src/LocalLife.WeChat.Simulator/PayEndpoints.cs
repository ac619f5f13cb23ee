using LocalLife.WeChat.Pay;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LocalLife.WeChat.Simulator;

/// <summary>The WeChat Pay API v3 paths the clients call: JSAPI prepay, query and close (Direct and Partner), refunds.</summary>
internal static class PayEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        routes.MapPost("/v3/pay/transactions/jsapi", (HttpContext http, WeChatSimulator sim) =>
            PayHttp.HandleAsync(http, sim, body => Prepay(sim, body, isPartner: false)));
        routes.MapPost("/v3/pay/partner/transactions/jsapi", (HttpContext http, WeChatSimulator sim) =>
            PayHttp.HandleAsync(http, sim, body => Prepay(sim, body, isPartner: true)));

        routes.MapGet("/v3/pay/transactions/out-trade-no/{outTradeNo}", (HttpContext http, WeChatSimulator sim, string outTradeNo) =>
            PayHttp.HandleAsync(http, sim, _ =>
                (200, sim.Ledger.Find(Required(http.Request.Query["mchid"], "mchid"), outTradeNo).ToTransaction())));
        routes.MapGet("/v3/pay/partner/transactions/out-trade-no/{outTradeNo}", (HttpContext http, WeChatSimulator sim, string outTradeNo) =>
            PayHttp.HandleAsync(http, sim, _ =>
                (200, sim.Ledger.Find(Required(http.Request.Query["sub_mchid"], "sub_mchid"), outTradeNo).ToTransaction())));

        routes.MapPost("/v3/pay/transactions/out-trade-no/{outTradeNo}/close", (HttpContext http, WeChatSimulator sim, string outTradeNo) =>
            PayHttp.HandleAsync(http, sim, body => Close(sim, body, outTradeNo, "mchid")));
        routes.MapPost("/v3/pay/partner/transactions/out-trade-no/{outTradeNo}/close", (HttpContext http, WeChatSimulator sim, string outTradeNo) =>
            PayHttp.HandleAsync(http, sim, body => Close(sim, body, outTradeNo, "sub_mchid")));

        routes.MapPost("/v3/refund/domestic/refunds", (HttpContext http, WeChatSimulator sim) =>
            PayHttp.HandleAsync(http, sim, body => Refund(sim, body)));
        routes.MapGet("/v3/refund/domestic/refunds/{outRefundNo}", (HttpContext http, WeChatSimulator sim, string outRefundNo) =>
            PayHttp.HandleAsync(http, sim, _ =>
            {
                var subMchId = http.Request.Query["sub_mchid"].FirstOrDefault();
                return (200, sim.Ledger.FindRefund(subMchId ?? sim.Options.MchId, outRefundNo).ToRefund());
            }));
    }

    private static (int, object?) Prepay(WeChatSimulator sim, string body, bool isPartner)
    {
        var request = WeChatJson.Deserialize<JsapiPrepayRequest>(body, "prepay");
        var merchant = isPartner ? request.SpMchId : request.MchId;
        if (merchant != sim.Options.MchId)
            throw new SimulatedPayException(400, WeChatPayErrorCodes.InvalidRequest, "请求商户号与Authorization中的商户号不一致");
        Required(isPartner ? request.SpAppId : request.AppId, isPartner ? "sp_appid" : "appid");
        if (isPartner) Required(request.SubMchId, "sub_mchid");
        Required(request.OutTradeNo, "out_trade_no");
        Required(request.Description, "description");
        Required(request.NotifyUrl, "notify_url");
        if (request.Amount.Total <= 0) throw new SimulatedPayException(400, WeChatPayErrorCodes.ParamError, "amount.total 必须大于0");
        var payerOk = isPartner
            ? string.IsNullOrEmpty(request.Payer.SpOpenId) != string.IsNullOrEmpty(request.Payer.SubOpenId)
              && (request.Payer.SubOpenId is null || request.SubAppId is not null)
            : !string.IsNullOrEmpty(request.Payer.OpenId);
        if (!payerOk) throw new SimulatedPayException(400, WeChatPayErrorCodes.ParamError, "payer 参数错误");

        return (200, new Dictionary<string, string> { ["prepay_id"] = sim.Ledger.Prepay(request, isPartner).PrepayId });
    }

    private static (int, object?) Close(WeChatSimulator sim, string body, string outTradeNo, string merchantField)
    {
        var fields = WeChatJson.Deserialize<Dictionary<string, string>>(body, "close");
        sim.Ledger.Close(Required(fields.GetValueOrDefault(merchantField), merchantField), outTradeNo);
        return (204, null);
    }

    private static (int, object?) Refund(WeChatSimulator sim, string body)
    {
        var request = WeChatJson.Deserialize<RefundRequest>(body, "refund");
        Required(request.OutRefundNo, "out_refund_no");
        Required(request.OutTradeNo, "out_trade_no");
        if (request.Amount.Currency != "CNY") throw new SimulatedPayException(400, WeChatPayErrorCodes.ParamError, "amount.currency 必须为CNY");
        var isPartner = request.SubMchId is not null;
        var refund = sim.Ledger.Refund(request, isPartner, sim.Options.MchId);
        var answer = refund.ToRefund();
        if (refund.Status == WeChatPayRefundStatuses.Processing) sim.SettleLater(refund);
        return (200, answer);
    }

    private static string Required(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new SimulatedPayException(400, WeChatPayErrorCodes.ParamError, $"缺少参数 {name}") : value;
}
