using LocalLife.Payments;

namespace LocalLife.Bookings;

/// <summary>
/// The checkout's calls back for booking deposits: the deposit arrived (the booking is confirmed), it could not be asked
/// for, or it was refunded (in full while the guest is still to come: the booking is cancelled).
/// </summary>
public sealed class BookingPayableHandler(IBookingRepository bookings, BookingCloser closer) : IPayableHandler
{
    public async Task<PaidOutcome?> ApplyPaidAsync(Guid payableId, Guid paymentId, DateTimeOffset paidAt, CancellationToken ct) =>
        await bookings.FindAsync(payableId, ct) is { } booking ? booking.ConfirmPaid(paymentId, paidAt) : null;

    public async Task ReleaseUnpaidAsync(Guid payableId, string reason, CancellationToken ct)
    {
        var booking = await bookings.GetAsync(payableId, ct);
        await closer.CloseAsync(payableId, BookingStatus.Cancelled, reason, booking.CustomerId, giveBack: true,
            b => b.Status == BookingStatus.PendingPayment, ct);
    }

    public Task ApplyRefundedAsync(Guid payableId, long totalRefundedFen, bool fullyRefunded, CancellationToken ct) =>
        fullyRefunded ? closer.CloseRefundedAsync(payableId, ct) : Task.CompletedTask;
}
