using LocalLife.Entities;
using LocalLife.Eventing;
using LocalLife.RealTime;

namespace LocalLife.Bookings;

/// <summary>Booking events go out through the outbox in the transaction that raised them: only committed changes are told.</summary>
public sealed class BookingEventPublisher(IDistributedEventBus bus) :
    IDomainEventHandler<BookingConfirmed>, IDomainEventHandler<BookingStatusChanged>
{
    public Task HandleAsync(BookingConfirmed e, CancellationToken ct) =>
        bus.PublishAsync(new BookingConfirmedEto(e.BookingId, e.TenantId, e.StoreId, e.SpaceId, e.CustomerId, e.ArriveAt), ct);

    public Task HandleAsync(BookingStatusChanged e, CancellationToken ct) =>
        bus.PublishAsync(new BookingStatusChangedEto(e.BookingId, e.TenantId, e.StoreId, e.CustomerId, e.From, e.To, e.At), ct);
}

/// <summary>Live pushes of the booking flow (best effort): a confirmed booking to the store's staff, every status change to its customer.</summary>
public sealed class BookingRealtimeHandlers(IRealtimeNotifier notifier) :
    IDistributedEventHandler<BookingConfirmedEto>, IDistributedEventHandler<BookingStatusChangedEto>
{
    public Task HandleEventAsync(BookingConfirmedEto eto, CancellationToken ct) =>
        notifier.ToStoreStaffAsync(eto.TenantId, eto.StoreId, RealtimeMethods.BookingConfirmed, eto, ct);

    public Task HandleEventAsync(BookingStatusChangedEto eto, CancellationToken ct) =>
        notifier.ToUserAsync(eto.CustomerId, RealtimeMethods.BookingStatusChanged, new { eto.BookingId, Status = eto.To.ToString(), eto.At }, ct);
}
