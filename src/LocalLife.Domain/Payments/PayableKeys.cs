namespace LocalLife.Payments;

/// <summary>
/// The idempotency keys of a payable's money and points movements, one scheme for every kind: whoever repeats a
/// movement (a retry, a timer, a second host) uses the same key, and the ledger or the payment applies it once.
/// </summary>
public static class PayableKeys
{
    public static string Redeem(IPayable payable) => $"{Prefix(payable.PaymentKind)}-redeem:{payable.Id}";
    public static string RedeemReversal(IPayable payable) => $"{Prefix(payable.PaymentKind)}-redeem-reverse:{payable.Id}";
    public static string Earn(IPayable payable) => $"{Prefix(payable.PaymentKind)}-earn:{payable.Id}";

    /// <summary>Taking back the points earned, when the whole payable was refunded after it earned them.</summary>
    public static string EarnReversal(IPayable payable) => $"{Prefix(payable.PaymentKind)}-earn-reverse:{payable.Id}";

    /// <summary>The refund of what is left when it is cancelled.</summary>
    public static string Refund(IPayable payable) => $"{Prefix(payable.PaymentKind)}-refund:{payable.Id}";

    /// <summary>The refund of a payment that arrived after the payable had stopped waiting for it.</summary>
    public static string LatePayment(PaymentKind kind, Guid payableId, Guid paymentId) => $"{Prefix(kind)}-late-payment:{payableId}:{paymentId}";

    private static string Prefix(PaymentKind kind) => kind switch
    {
        PaymentKind.BookingDeposit => "booking",
        PaymentKind.MenuOrder => "order",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
