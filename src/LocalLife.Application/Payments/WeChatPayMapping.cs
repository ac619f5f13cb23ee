using LocalLife.Errors;
using LocalLife.WeChat.Pay;

namespace LocalLife.Payments;

/// <summary>
/// WeChat Pay's descriptions of payments and refunds turned into the domain's confirmations. The merchant check
/// lives here because only this adapter knows our mchid; amount and sub_mchid are checked by the aggregate.
/// </summary>
internal static class WeChatPayMapping
{
    public static PaymentConfirmation ToConfirmation(WeChatPayTransaction t, WeChatPayOptions options, DateTimeOffset now)
    {
        CheckMerchant(options, t.MchId, t.SpMchId);
        if (string.IsNullOrEmpty(t.TransactionId) || t.Amount is null)
            throw new BusinessException(PaymentErrorCodes.NotificationMalformed, "transaction without transaction_id or amount");
        return new PaymentConfirmation(t.TransactionId, t.Amount.Total, t.SubMchId, t.SuccessTime ?? now);
    }

    public static RefundConfirmation ToConfirmation(WeChatPayRefundNotification r, WeChatPayOptions options)
    {
        CheckMerchant(options, r.MchId, r.SpMchId);
        return new RefundConfirmation(r.OutRefundNo, r.RefundId, ToStatus(r.RefundStatus), r.Amount?.Refund ?? -1, r.SuccessTime);
    }

    public static RefundConfirmation ToConfirmation(WeChatPayRefund r) =>
        new(r.OutRefundNo, r.RefundId, ToStatus(r.Status), r.Amount?.Refund ?? -1, r.SuccessTime);

    public static PaymentRequestParameters ToParameters(WeChatPayRequestPayment p) =>
        new(p.AppId, p.TimeStamp, p.NonceStr, p.Package, p.SignType, p.PaySign);

    private static PaymentRefundStatus ToStatus(string status) => status switch
    {
        WeChatPayRefundStatuses.Success => PaymentRefundStatus.Succeeded,
        WeChatPayRefundStatuses.Closed or WeChatPayRefundStatuses.Abnormal => PaymentRefundStatus.Failed,
        _ => PaymentRefundStatus.Processing,
    };

    /// <summary>Direct mode names our mchid; Partner mode our sp_mchid (the sub_mchid is the payment's own).</summary>
    private static void CheckMerchant(WeChatPayOptions options, string? mchId, string? spMchId)
    {
        var named = options.Mode == WeChatPayMode.Partner ? spMchId : mchId;
        if (!string.Equals(named, options.MchId, StringComparison.Ordinal))
            throw new BusinessException(PaymentErrorCodes.NotificationMismatch, $"mchid: expected {options.MchId}, got {named}");
    }
}
