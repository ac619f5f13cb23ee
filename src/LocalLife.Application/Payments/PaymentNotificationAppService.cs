using LocalLife.Errors;
using LocalLife.MultiTenancy;
using LocalLife.WeChat.Pay;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocalLife.Payments;

/// <summary>
/// WeChat Pay's notifications. Answers (per WeChat Pay V3: 2xx = received, anything else = send again later):
/// 401 when the signature, serial or time window fails (forged or replayed; nothing is read from it);
/// 400 when it is signed but unreadable, or its amount or merchant does not match the payment — logged as an
/// error, the payment untouched, and WeChat keeps retrying for about a day while someone looks into it;
/// 404 for an unknown out_trade_no; 204 when applied, and again 204 for a notification applied before.
/// </summary>
public sealed class PaymentNotificationAppService(
    WeChatPayNotificationParser parser,
    IOptions<WeChatPayOptions> options,
    IPaymentRepository payments,
    PaymentProcessor processor,
    PaymentLedger ledger,
    ICurrentTenant currentTenant,
    ILogger<PaymentNotificationAppService> logger) : IPaymentNotificationAppService
{
    public async Task HandleWeChatAsync(WeChatPayNotificationInput input, CancellationToken ct)
    {
        var notification = Parse(input);
        if (notification.Transaction is { } transaction)
        {
            if (transaction.TradeState != WeChatPayTradeStates.Success)
            {
                logger.LogInformation("Ignored notification {Id} of {OutTradeNo} in state {State}", notification.Id, transaction.OutTradeNo, transaction.TradeState);
                return;
            }
            var payment = await FindAsync(transaction.OutTradeNo, ct);
            using (currentTenant.Change(payment.TenantId))
            {
                var confirmation = Checked(() => WeChatPayMapping.ToConfirmation(transaction, options.Value, processor.Now), payment);
                await processor.ApplyPaidAsync(payment.Id, confirmation, ct);
            }
        }
        else if (notification.Refund is { } refund)
        {
            var payment = await FindAsync(refund.OutTradeNo, ct);
            using (currentTenant.Change(payment.TenantId))
            {
                var confirmation = Checked(() => WeChatPayMapping.ToConfirmation(refund, options.Value), payment);
                await CheckedAsync(() => ledger.SettleRefundAsync(payment.Id, confirmation, ct), payment);
            }
        }
    }

    private WeChatPayNotification Parse(WeChatPayNotificationInput input)
    {
        try
        {
            return parser.Parse(new WeChatPaySignatureHeaders(input.Timestamp, input.Nonce, input.Signature, input.Serial), input.Body);
        }
        catch (WeChatPaySignatureException e)
        {
            logger.LogWarning("Refused a WeChat Pay notification: {Failure} ({Message})", e.Failure, e.Message);
            throw new BusinessException(PaymentErrorCodes.NotificationSignatureInvalid).With("Failure", e.Failure.ToString());
        }
        catch (WeChatPayNotificationException e)
        {
            logger.LogWarning("Unreadable WeChat Pay notification: {Message}", e.Message);
            throw new BusinessException(PaymentErrorCodes.NotificationMalformed);
        }
    }

    /// <summary>Notifications carry no tenant: the payment is found across tenants, then handled as its tenant.</summary>
    private async Task<Payment> FindAsync(string outTradeNo, CancellationToken ct) =>
        await payments.FindByOutTradeNoAcrossTenantsAsync(outTradeNo, ct) ?? throw new EntityNotFoundException(nameof(Payment), outTradeNo);

    private T Checked<T>(Func<T> map, Payment payment)
    {
        try
        {
            return map();
        }
        catch (BusinessException e)
        {
            LogRejected(payment, e);
            throw;
        }
    }

    private async Task<T> CheckedAsync<T>(Func<Task<T>> apply, Payment payment)
    {
        try
        {
            return await apply();
        }
        catch (BusinessException e) when (e.Code == PaymentErrorCodes.NotificationMismatch)
        {
            LogRejected(payment, e);
            throw;
        }
    }

    private void LogRejected(Payment payment, BusinessException e) =>
        logger.LogError("Payment {PaymentId} ({OutTradeNo}) NOT changed by a notification: {Details}", payment.Id, payment.OutTradeNo, e.Message);
}
