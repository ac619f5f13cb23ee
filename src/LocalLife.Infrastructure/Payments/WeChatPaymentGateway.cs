using LocalLife.WeChat.Pay;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocalLife.Payments;

/// <summary>The payment gateway on WeChat Pay V3 (JSAPI, Direct or Partner mode as configured).</summary>
internal sealed class WeChatPaymentGateway(
    WeChatPayClient pay,
    WeChatPayRefundClient refunds,
    IOptions<WeChatPayOptions> options,
    IOptions<PaymentOptions> paymentOptions,
    TimeProvider clock,
    ILogger<WeChatPaymentGateway> logger) : IPaymentGateway
{
    private bool IsPartner => options.Value.Mode == WeChatPayMode.Partner;

    public bool RequiresSubMerchant => IsPartner;

    public Task<PaymentPrepay> PrepayAsync(Payment payment, CancellationToken ct) => CallAsync("prepay", payment.OutTradeNo, async () =>
    {
        var order = new JsapiPrepayOrder(payment.OutTradeNo, payment.Description, payment.AmountFen, payment.PayerOpenId)
        {
            SubMchId = IsPartner ? payment.SubMchId : null,
            TimeExpire = payment.ExpiresAt,
        };
        var result = await pay.PrepayJsapiAsync(order, ct);
        return new PaymentPrepay(result.PrepayId, WeChatPayMapping.ToParameters(result.RequestPayment));
    });

    public PaymentRequestParameters SignRequestPayment(string prepayId) =>
        WeChatPayMapping.ToParameters(pay.CreateRequestPayment(options.Value.SpAppId, prepayId));

    public Task<GatewayPaymentState> QueryAsync(Payment payment, CancellationToken ct) => CallAsync("query", payment.OutTradeNo, async () =>
    {
        WeChatPayTransaction t;
        try
        {
            t = await pay.QueryByOutTradeNoAsync(payment.OutTradeNo, payment.SubMchId, ct);
        }
        catch (WeChatPayApiException e) when (e.Code == WeChatPayErrorCodes.OrderNotExist)
        {
            return new GatewayPaymentState(GatewayTradeState.NotFound, null);
        }
        return t.TradeState switch
        {
            WeChatPayTradeStates.Success or WeChatPayTradeStates.Refund =>
                new GatewayPaymentState(GatewayTradeState.Paid, WeChatPayMapping.ToConfirmation(t, options.Value, clock.GetUtcNow())),
            WeChatPayTradeStates.Closed or WeChatPayTradeStates.Revoked or WeChatPayTradeStates.PayError =>
                new GatewayPaymentState(GatewayTradeState.Closed, null),
            _ => new GatewayPaymentState(GatewayTradeState.NotPaid, null),
        };
    });

    public Task CloseAsync(Payment payment, CancellationToken ct) => CallAsync("close", payment.OutTradeNo, async () =>
    {
        await pay.CloseAsync(payment.OutTradeNo, payment.SubMchId, ct);
        return true;
    });

    public Task<RefundConfirmation> RefundAsync(Payment payment, PaymentRefund refund, CancellationToken ct) =>
        CallAsync("refund", refund.OutRefundNo, async () =>
        {
            var notifyUrl = paymentOptions.Value.RefundNotifyUrl;
            var order = new WeChatPayRefundOrder(payment.OutTradeNo, refund.OutRefundNo, refund.AmountFen, payment.AmountFen)
            {
                SubMchId = IsPartner ? payment.SubMchId : null,
                Reason = refund.Reason,
                NotifyUrl = string.IsNullOrWhiteSpace(notifyUrl) ? null : notifyUrl,
            };
            return WeChatPayMapping.ToConfirmation(await refunds.RefundAsync(order, ct));
        });

    public Task<RefundConfirmation> QueryRefundAsync(Payment payment, PaymentRefund refund, CancellationToken ct) =>
        CallAsync("refund query", refund.OutRefundNo, async () =>
            WeChatPayMapping.ToConfirmation(await refunds.QueryAsync(refund.OutRefundNo, payment.SubMchId, ct)));

    /// <summary>WeChat's answers and transport failures as the domain's gateway errors.</summary>
    private async Task<T> CallAsync<T>(string what, string number, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (WeChatPayApiException e)
        {
            logger.LogWarning("WeChat Pay {What} of {Number} answered {Status} {Code}: {Message}", what, number, (int)e.Status, e.Code, e.ErrorMessage);
            var error = e.Code switch
            {
                WeChatPayErrorCodes.OrderPaid => PaymentGatewayError.AlreadyPaid,
                WeChatPayErrorCodes.OrderNotExist or WeChatPayErrorCodes.ResourceNotExists => PaymentGatewayError.NotFound,
                WeChatPayErrorCodes.SystemError => PaymentGatewayError.Unavailable,
                _ when (int)e.Status >= 500 => PaymentGatewayError.Unavailable,
                _ => PaymentGatewayError.Refused,
            };
            throw new PaymentGatewayException(error, e.ErrorMessage ?? e.Code ?? e.Message, e);
        }
        catch (Exception e) when (e is HttpRequestException or WeChatPaySignatureException
                                      || e is TaskCanceledException && e.InnerException is TimeoutException)
        {
            // A forged or unverifiable answer is treated like no answer: nothing is recorded from it.
            logger.LogWarning(e, "WeChat Pay {What} of {Number} failed", what, number);
            throw new PaymentGatewayException(PaymentGatewayError.Unavailable, e.Message, e);
        }
    }
}
