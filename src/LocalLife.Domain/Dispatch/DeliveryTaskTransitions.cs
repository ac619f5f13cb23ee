namespace LocalLife.Dispatch;

/// <summary>
/// Every legal move of a delivery task. An assigned task not accepted in time goes back to pending (and is offered to
/// someone else); a waiter going off duty returns their unaccepted and accepted tasks the same way.
/// </summary>
public static class DeliveryTaskTransitions
{
    private static readonly Dictionary<DeliveryTaskStatus, DeliveryTaskStatus[]> Allowed = new()
    {
        [DeliveryTaskStatus.Pending] = [DeliveryTaskStatus.Assigned, DeliveryTaskStatus.Cancelled],
        [DeliveryTaskStatus.Assigned] = [DeliveryTaskStatus.Accepted, DeliveryTaskStatus.Pending, DeliveryTaskStatus.Cancelled],
        [DeliveryTaskStatus.Accepted] = [DeliveryTaskStatus.PickedUp, DeliveryTaskStatus.Pending, DeliveryTaskStatus.Cancelled],
        [DeliveryTaskStatus.PickedUp] = [DeliveryTaskStatus.Delivered, DeliveryTaskStatus.Cancelled],
        [DeliveryTaskStatus.Delivered] = [],
        [DeliveryTaskStatus.Cancelled] = [],
    };

    public static bool Allows(DeliveryTaskStatus from, DeliveryTaskStatus to) => Allowed[from].Contains(to);
}
