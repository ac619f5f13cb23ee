namespace LocalLife.RealTime;

/// <summary>The client methods the hubs call: the admin SPA and the mini-program subscribe to these names.</summary>
public static class RealtimeMethods
{
    public const string TenantStatusChanged = "tenantStatusChanged";
    public const string SpaceStatusChanged = "spaceStatusChanged";
    public const string PointsExpired = "pointsExpired";
    public const string BookingConfirmed = "bookingConfirmed";
    public const string BookingStatusChanged = "bookingStatusChanged";
    public const string OrderStatusChanged = "orderStatusChanged";
    /// <summary>A paid order reached the store: the front desk's inbox pops up with a sound (payload carries the sound cue).</summary>
    public const string NewOrder = "newOrder";
    public const string OrderEscalated = "orderEscalated";
    public const string StockLow = "stockLow";
    /// <summary>A station's ticket was created or changed: the station's display refreshes (sent to the station group).</summary>
    public const string TicketChanged = "ticketChanged";
    /// <summary>A delivery task was offered to this waiter (sent to the waiter, with a sound cue).</summary>
    public const string DeliveryTaskAssigned = "deliveryTaskAssigned";
    /// <summary>A delivery task was taken back from this waiter (not accepted in time, or they went off duty).</summary>
    public const string DeliveryTaskWithdrawn = "deliveryTaskWithdrawn";
    /// <summary>A store's delivery task changed (sent to the store's staff).</summary>
    public const string DeliveryTaskChanged = "deliveryTaskChanged";
}
