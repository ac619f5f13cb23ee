namespace LocalLife.Kitchen;

internal static class KitchenMapping
{
    public static KitchenTicketDto ToDto(this KitchenTicket t, DateTimeOffset now) => new(
        t.Id, t.StoreId, t.OrderId, t.OrderNumber, t.SpaceId, t.SpaceNumber, t.OrderNote, t.Station, t.Priority, t.Status,
        t.Items.Select(i => new TicketItemDto(i.LineId, i.ProductId, i.Name, i.Options, i.Quantity, i.Note, i.PrepMinutes, i.Done)).ToList(),
        t.QueuedAt, t.DueAt, t.StartedAt, t.DoneAt, t.IsDelayed(now), t.IsDelayed(now) ? (int)Math.Ceiling((now - t.DueAt).TotalMinutes) : 0);
}
