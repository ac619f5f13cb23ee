using System.Collections.Frozen;

namespace LocalLife.Payments;

/// <summary>Every move of <see cref="Payment.Status"/>, in one table; anything else is an illegal transition.</summary>
public static class PaymentTransitions
{
    private static readonly FrozenDictionary<PaymentStatus, PaymentStatus[]> Allowed = new Dictionary<PaymentStatus, PaymentStatus[]>
    {
        // Created → Paid: the prepay answer was lost but WeChat has the order and the customer paid it (seen by query).
        [PaymentStatus.Created] = [PaymentStatus.Pending, PaymentStatus.Failed, PaymentStatus.Closed, PaymentStatus.Paid],
        [PaymentStatus.Pending] = [PaymentStatus.Paid, PaymentStatus.Closed, PaymentStatus.Failed],
        [PaymentStatus.Paid] = [PaymentStatus.Refunding],
        // Back to Paid when the only refund in flight failed.
        [PaymentStatus.Refunding] = [PaymentStatus.Paid, PaymentStatus.PartiallyRefunded, PaymentStatus.Refunded],
        [PaymentStatus.PartiallyRefunded] = [PaymentStatus.Refunding],
        [PaymentStatus.Closed] = [],
        [PaymentStatus.Failed] = [],
        [PaymentStatus.Refunded] = [],
    }.ToFrozenDictionary();

    public static bool Allows(PaymentStatus from, PaymentStatus to) => Allowed[from].Contains(to);

    /// <summary>Paid at some point: the states in which the money arrived.</summary>
    public static bool IsPaid(PaymentStatus status) =>
        status is PaymentStatus.Paid or PaymentStatus.Refunding or PaymentStatus.PartiallyRefunded or PaymentStatus.Refunded;
}
