using LocalLife.Entities;
using LocalLife.Loyalty;
using LocalLife.Payments;
using LocalLife.Spaces;

namespace LocalLife.Bookings;

/// <summary>
/// Ends a booking before it is used (cancelled, expired, no-show) in the current tenant: an unpaid payment is closed
/// first (if it turns out paid, the booking is confirmed and then closed as paid); the booking and its space change
/// in one transaction with the points returned; the cash refund goes through payments afterwards, outside the
/// transaction and idempotent, so calling again after a failed refund retries only the refund.
/// </summary>
public sealed class BookingCloser(
    IBookingRepository bookings,
    ISpaceRepository spaces,
    BookingManager manager,
    PointsManager points,
    IPaymentAppService payments,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    /// <param name="applies">Whether the booking, as it stands now, is still to be closed; when not, it is returned as it is.</param>
    /// <param name="giveBack">Refund the cash and return the points (false: the deposit is forfeited).</param>
    public async Task<Booking> CloseAsync(Guid id, BookingStatus status, string reason, Guid? byUserId, bool giveBack,
        Func<Booking, bool> applies, CancellationToken ct)
    {
        var booking = await bookings.GetAsync(id, ct);
        if (applies(booking) && booking is { Status: BookingStatus.PendingPayment, PaymentId: { } unpaid })
        {
            // Paid meanwhile: the payment's handler confirms the booking, and the checks below see that.
            await payments.CloseAsync(unpaid, ct);
        }

        if (applies(booking))
        {
            await using var tx = await unitOfWork.BeginTransactionAsync(ct);
            var space = await spaces.GetAsync(booking.SpaceId, ct);
            manager.Close(booking, space, status, reason, byUserId, clock.GetUtcNow());
            if (giveBack && booking.PointsUsed > 0)
                await points.ReverseRedemptionAsync(booking.CustomerId, booking.RedeemKey, booking.RedeemReversalKey, ct);
            await unitOfWork.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        if (giveBack && booking is { Status: BookingStatus.Cancelled or BookingStatus.NoShow, ConfirmedAt: not null, PaymentId: { } paid, CashFen: > 0 })
            await payments.RefundAsync(paid, new RefundPaymentDto { AmountFen = booking.CashFen, Reason = reason, IdempotencyKey = booking.RefundKey }, ct);
        return booking;
    }
}
