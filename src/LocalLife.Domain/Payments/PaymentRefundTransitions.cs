using System.Collections.Frozen;

namespace LocalLife.Payments;

/// <summary>Every move of <see cref="PaymentRefund.Status"/>: a refund settles once, as a success or a failure.</summary>
public static class PaymentRefundTransitions
{
    private static readonly FrozenDictionary<PaymentRefundStatus, PaymentRefundStatus[]> Allowed = new Dictionary<PaymentRefundStatus, PaymentRefundStatus[]>
    {
        [PaymentRefundStatus.Processing] = [PaymentRefundStatus.Succeeded, PaymentRefundStatus.Failed],
        [PaymentRefundStatus.Succeeded] = [],
        [PaymentRefundStatus.Failed] = [],
    }.ToFrozenDictionary();

    public static bool Allows(PaymentRefundStatus from, PaymentRefundStatus to) => Allowed[from].Contains(to);
}
