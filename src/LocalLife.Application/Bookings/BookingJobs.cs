using LocalLife.BackgroundJobs;

namespace LocalLife.Bookings;

public sealed record BookingJobArgs(Guid BookingId);

/// <summary>
/// The booking timers, run as the booking's tenant. Each is idempotent (a booking that moved on is left alone) and
/// takes the moment to judge by, so tests decide what is due without waiting.
/// </summary>
public sealed class BookingJobs(IBookingRepository bookings, BookingCloser closer, TimeProvider clock)
{
    /// <summary>Unpaid after the payment window: the payment is closed, the points returned, the space freed. True if it expired.</summary>
    public async Task<bool> ExpireIfUnpaidAsync(Guid bookingId, DateTimeOffset? now, CancellationToken ct)
    {
        var at = now ?? clock.GetUtcNow();
        if (await bookings.FindAsync(bookingId, ct) is not { Status: BookingStatus.PendingPayment } booking || at < booking.PayBy) return false;
        var closed = await closer.CloseAsync(bookingId, BookingStatus.Expired, "not paid in time", null, giveBack: true,
            b => b.Status == BookingStatus.PendingPayment, ct);
        return closed.Status == BookingStatus.Expired;
    }

    /// <summary>
    /// Confirmed but nobody came within the store's grace period: the space is released, and the deposit refunded or
    /// kept as the store's no-show rule said when the booking was made. True if it was marked.
    /// </summary>
    public async Task<bool> MarkNoShowAsync(Guid bookingId, DateTimeOffset? now, CancellationToken ct)
    {
        var at = now ?? clock.GetUtcNow();
        if (await bookings.FindAsync(bookingId, ct) is not { Status: BookingStatus.Confirmed } booking || at < booking.NoShowAt)
            return false;
        var closed = await closer.CloseAsync(bookingId, BookingStatus.NoShow, "did not arrive", null, giveBack: booking.RefundOnNoShow,
            b => b.Status == BookingStatus.Confirmed, ct);
        return closed.Status == BookingStatus.NoShow;
    }
}

public sealed class ExpireUnpaidBookingJob(BookingJobs jobs) : IBackgroundJob<BookingJobArgs>
{
    public Task ExecuteAsync(BookingJobArgs args, CancellationToken ct) => jobs.ExpireIfUnpaidAsync(args.BookingId, null, ct);
}

public sealed class MarkNoShowJob(BookingJobs jobs) : IBackgroundJob<BookingJobArgs>
{
    public Task ExecuteAsync(BookingJobArgs args, CancellationToken ct) => jobs.MarkNoShowAsync(args.BookingId, null, ct);
}
