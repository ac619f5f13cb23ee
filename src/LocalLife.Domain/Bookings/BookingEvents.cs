namespace LocalLife.Bookings;

/// <summary>Raised when a booking is confirmed (paid, or free): staff see a new booking, the customer gets a notice.</summary>
public sealed record BookingConfirmed(Guid BookingId, Guid TenantId, Guid StoreId, Guid SpaceId, Guid CustomerId, DateTimeOffset ArriveAt);

/// <summary>Raised on every status change after creation, for notifications (delivery channels come later).</summary>
public sealed record BookingStatusChanged(Guid BookingId, Guid TenantId, Guid StoreId, Guid SpaceId, Guid CustomerId,
    BookingStatus From, BookingStatus To, DateTimeOffset At);
