namespace LocalLife.Dispatch;

/// <summary>
/// A waiter's trip with one or more ready orders: pending (nobody free), assigned (waiting for the waiter to accept),
/// accepted, picked up, delivered; cancelled when its orders left the flow. Moves only through DeliveryTaskTransitions.
/// </summary>
public enum DeliveryTaskStatus
{
    Pending = 1,
    Assigned = 2,
    Accepted = 3,
    PickedUp = 4,
    Delivered = 5,
    Cancelled = 6,
}
