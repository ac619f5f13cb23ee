namespace LocalLife.Payments;

/// <summary>
/// The payment provider seen from the domain (WeChat Pay V3 in production and demos, its simulator in tests).
/// Failures are <see cref="PaymentGatewayException"/>; nothing here touches the database.
/// </summary>
public interface IPaymentGateway
{
    /// <summary>Partner mode: every payment names the tenant's sub-merchant.</summary>
    bool RequiresSubMerchant { get; }

    /// <summary>Places the order with the provider and signs the parameters the mini-program pays with.</summary>
    Task<PaymentPrepay> PrepayAsync(Payment payment, CancellationToken ct);

    /// <summary>Signs the pay parameters again for an order already placed (a second "pay" tap).</summary>
    PaymentRequestParameters SignRequestPayment(string prepayId);

    /// <summary>Asks the provider how the order stands (a late notification, a sweep of expired payments).</summary>
    Task<GatewayPaymentState> QueryAsync(Payment payment, CancellationToken ct);

    /// <summary>Closes the unpaid order at the provider; throws with <see cref="PaymentGatewayError.AlreadyPaid"/> when the customer paid first.</summary>
    Task CloseAsync(Payment payment, CancellationToken ct);

    /// <summary>Asks for a refund; the same out_refund_no asked again is the same refund, never a second one.</summary>
    Task<RefundConfirmation> RefundAsync(Payment payment, PaymentRefund refund, CancellationToken ct);

    /// <summary>Asks the provider how a refund stands (a late refund notification).</summary>
    Task<RefundConfirmation> QueryRefundAsync(Payment payment, PaymentRefund refund, CancellationToken ct);
}

public sealed record PaymentPrepay(string PrepayId, PaymentRequestParameters Parameters);

/// <summary>The argument of the mini-program's <c>wx.requestPayment</c> (appId is covered by the signature).</summary>
public sealed record PaymentRequestParameters(string AppId, string TimeStamp, string NonceStr, string Package, string SignType, string PaySign);

/// <summary>The provider's view: <see cref="Confirmation"/> is set when it was paid (also after refunds).</summary>
public sealed record GatewayPaymentState(GatewayTradeState State, PaymentConfirmation? Confirmation);

public enum GatewayTradeState
{
    NotPaid,
    Paid,
    Closed,
    /// <summary>Unknown to the provider (the prepay never arrived).</summary>
    NotFound,
}

public enum PaymentGatewayError
{
    /// <summary>Network, timeout or a provider-side error: the same call may succeed later.</summary>
    Unavailable,
    /// <summary>The provider refused the request as such; repeating it will not help.</summary>
    Refused,
    AlreadyPaid,
    NotFound,
}

public sealed class PaymentGatewayException(PaymentGatewayError error, string message, Exception? inner = null) : Exception(message, inner)
{
    public PaymentGatewayError Error { get; } = error;
}
