using LocalLife.Entities;
using LocalLife.RealTime;
using LocalLife.Spaces;

namespace LocalLife.Bookings;

/// <summary>
/// Live pushes of the booking flow (best effort; the state is in the database): a confirmed booking to the store's
/// staff, every status change to its customer. Sent while the change is being saved, so a client that re-reads at
/// once may still see the state before it for a moment.
/// </summary>
public sealed class BookingRealtimeHandlers(IRealtimeNotifier notifier) :
    IDomainEventHandler<BookingConfirmed>, IDomainEventHandler<BookingStatusChanged>
{
    public Task HandleAsync(BookingConfirmed e, CancellationToken ct) =>
        notifier.ToStoreStaffAsync(e.TenantId, e.StoreId, RealtimeMethods.BookingConfirmed,
            new { e.BookingId, e.StoreId, e.SpaceId, e.CustomerId, e.ArriveAt }, ct);

    public Task HandleAsync(BookingStatusChanged e, CancellationToken ct) =>
        notifier.ToUserAsync(e.CustomerId, RealtimeMethods.BookingStatusChanged, new { e.BookingId, Status = e.To.ToString(), e.At }, ct);
}

/// <summary>Every change of a space's status, to the customers watching its store and to the store's staff board.</summary>
public sealed class SpaceStatusRealtimeHandler(IRealtimeNotifier notifier) : IDomainEventHandler<SpaceStatusChanged>
{
    public async Task HandleAsync(SpaceStatusChanged e, CancellationToken ct)
    {
        var payload = new { e.SpaceId, e.StoreId, Status = e.To.ToString(), e.At };
        await notifier.ToStoreWatchersAsync(e.StoreId, RealtimeMethods.SpaceStatusChanged, payload, ct);
        await notifier.ToStoreStaffAsync(e.TenantId, e.StoreId, RealtimeMethods.SpaceStatusChanged, payload, ct);
    }
}
