namespace LocalLife.Payments;

/// <summary>
/// The side of a feature (bookings, ordering, and next bills and the points mall) that the checkout calls back for
/// its payables of one kind. Each feature registers one, keyed by its <see cref="PaymentKind"/> (see <see cref="PayableHandlers"/>).
/// </summary>
public interface IPayableHandler
{
    /// <summary>
    /// The payable's money arrived; runs in the transaction that records the payment. Null when no payable has the id
    /// (a payment no feature asked for is left as it is).
    /// </summary>
    Task<PaidOutcome?> ApplyPaidAsync(Guid payableId, Guid paymentId, DateTimeOffset paidAt, CancellationToken ct);

    /// <summary>No payment could be started: give back at once what the unpaid payable holds (space, stock, points).</summary>
    Task ReleaseUnpaidAsync(Guid payableId, string reason, CancellationToken ct);

    /// <summary>
    /// A refund of the payable's payment succeeded; runs in the transaction that records it. Refunds the feature decided
    /// itself (cancelling, resolving an exception) are already counted; one made elsewhere (a merchant refunding from the
    /// payments page) is applied here: the payable's refunded amount follows, and a full refund of a payable still in
    /// progress cancels it with its stock, coupon and points given back.
    /// </summary>
    /// <param name="totalRefundedFen">What the payment has refunded in all, this refund included.</param>
    Task ApplyRefundedAsync(Guid payableId, long totalRefundedFen, bool fullyRefunded, CancellationToken ct);
}
