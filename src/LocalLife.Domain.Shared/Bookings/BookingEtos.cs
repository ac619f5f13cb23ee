using LocalLife.Eventing;

namespace LocalLife.Bookings;

/// <summary>Integration event: a booking was confirmed (paid or free); the store's staff are told, notifications follow.</summary>
[EventName("locallife.bookings.booking-confirmed")]
public sealed record BookingConfirmedEto(Guid BookingId, Guid TenantId, Guid StoreId, Guid SpaceId, Guid CustomerId, DateTimeOffset ArriveAt);

/// <summary>Integration event: a booking's status changed; its customer is told, notifications follow.</summary>
[EventName("locallife.bookings.booking-status-changed")]
public sealed record BookingStatusChangedEto(Guid BookingId, Guid TenantId, Guid StoreId, Guid CustomerId, BookingStatus From, BookingStatus To,
    DateTimeOffset At);
