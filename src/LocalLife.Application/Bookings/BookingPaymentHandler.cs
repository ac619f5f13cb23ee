using LocalLife.BackgroundJobs;
using LocalLife.Entities;
using LocalLife.Payments;
using Microsoft.Extensions.Logging;

namespace LocalLife.Bookings;

/// <summary>
/// The deposit arrived: the booking is confirmed in the same transaction that records the payment. A deposit for a
/// booking that has meanwhile expired or been cancelled is refunded by a job (the gateway is not called in here).
/// </summary>
public sealed class BookingPaymentHandler(IBookingRepository bookings, IBackgroundJobScheduler jobs, ILogger<BookingPaymentHandler> logger)
    : IDomainEventHandler<PaymentSucceeded>
{
    public async Task HandleAsync(PaymentSucceeded e, CancellationToken ct)
    {
        if (e.Kind != PaymentKind.BookingDeposit || await bookings.FindAsync(e.BusinessOrderId, ct) is not { } booking) return;
        if (booking.ConfirmPaid(e.PaymentId, e.PaidAt)) return;
        if (booking.PaymentId == e.PaymentId && booking.ConfirmedAt is not null) return; // the same payment, seen again
        logger.LogWarning("Deposit {PaymentId} paid for booking {BookingId} that is {Status}: refunding it", e.PaymentId, booking.Id, booking.Status);
        jobs.Enqueue<RefundLateDepositJob, LateDepositArgs>(new(booking.Id, e.PaymentId, e.AmountFen));
    }
}
