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
}
