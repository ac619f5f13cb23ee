namespace LocalLife.Dispatch;

internal static class DispatchMapping
{
    public static FloorPointDto ToDto(this FloorPoint p) => new(p.Floor, p.X, p.Y);

    public static WaiterDutyDto ToDto(this WaiterDuty d, int openTasks) => new(d.UserId, d.StoreId, d.Name, d.OnDuty, d.Position.ToDto(), d.LastSpaceId, openTasks);

    public static DeliveryTaskDto ToDto(this DeliveryTask t) => new(
        t.Id, t.StoreId, t.Status, t.WaiterId,
        t.Stops.Select(s => new DeliveryStopDto(s.OrderId, s.OrderNumber, s.SpaceId, s.SpaceNumber, s.Position.ToDto(), s.ReadyAt, s.DeliveredAt)).ToList(),
        t.CreatedAt, t.AssignedAt, t.AcceptBy, t.AcceptedAt, t.PickedUpAt, t.DeliveredAt);
}
