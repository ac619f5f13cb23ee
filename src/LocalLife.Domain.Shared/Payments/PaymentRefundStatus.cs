namespace LocalLife.Payments;

public enum PaymentRefundStatus
{
    /// <summary>Reserved and sent (or about to be sent) to WeChat Pay; the amount counts against what may still be refunded.</summary>
    Processing = 1,
    Succeeded = 2,
    /// <summary>Refused, closed or abnormal at WeChat Pay; the reserved amount is released.</summary>
    Failed = 3,
}
