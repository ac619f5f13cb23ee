using LocalLife.Entities;
using LocalLife.Payments;
using LocalLife.Spaces;

namespace LocalLife.Bookings;

/// <summary>
/// Ends a booking before it is used (cancelled, expired, no-show) in the current tenant, through the checkout: an
/// unpaid payment is closed first (if it turns out paid, the booking is confirmed and then closed as paid); the booking
/// and its space change in one transaction with the coupon and points returned; the cash refund goes out afterwards, outside the
/// transaction and idempotent, so calling again after a failed refund retries only the refund.
/// </summary>
public sealed class BookingCloser(
    IBookingRepository bookings,
    ISpaceRepository spaces,
    BookingManager manager,
    Checkout checkout,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    /// <param name="applies">Whether the booking, as it stands now, is still to be closed; when not, it is returned as it is.</param>
    /// <param name="giveBack">Refund the cash and return the points (false: the deposit is forfeited).</param>
    public async Task<Booking> CloseAsync(Guid id, BookingStatus status, string reason, Guid? byUserId, bool giveBack,
        Func<Booking, bool> applies, CancellationToken ct)
    {
        var booking = await bookings.GetAsync(id, ct);
        if (applies(booking) && booking.Status == BookingStatus.PendingPayment) await checkout.CloseUnpaidAsync(booking, ct);

        if (applies(booking))
        {
            await using var tx = await unitOfWork.BeginTransactionAsync(ct);
            var space = await spaces.GetAsync(booking.SpaceId, ct);
            manager.Close(booking, space, status, reason, byUserId, clock.GetUtcNow());
            if (giveBack) await checkout.GiveBackAsync(booking, ct);
            await unitOfWork.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }

        if (giveBack && booking is { Status: BookingStatus.Cancelled or BookingStatus.NoShow, ConfirmedAt: not null })
            await checkout.RefundRestAsync(booking, reason, PayableKeys.Refund(booking), ct);
        return booking;
    }

    /// <summary>
    /// The deposit was refunded in full from the payments page while the booking still waited for its guest: it is
    /// cancelled, its space freed and its coupon and points given back, inside the transaction that records the refund
    /// (no cash moves: it went back already). A booking already closed, or whose guest is in, stays as it is.
    /// </summary>
    public async Task CloseRefundedAsync(Guid id, CancellationToken ct)
    {
        if (await bookings.FindAsync(id, ct) is not { Status: BookingStatus.Confirmed } booking) return;
        var space = await spaces.GetAsync(booking.SpaceId, ct);
        manager.Close(booking, space, BookingStatus.Cancelled, RefundedInFull, null, clock.GetUtcNow());
        await checkout.GiveBackAsync(booking, ct);
    }

    /// <summary>The close reason of a booking whose deposit was refunded in full from the payments page.</summary>
    public const string RefundedInFull = "deposit refunded in full";
}
