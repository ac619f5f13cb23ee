using LocalLife.Ordering;

namespace LocalLife.Kitchen;

/// <summary>
/// A station's display (§5.9.7): open tickets, most urgent first (priority, then due time, then queue order), and the items not
/// yet made merged across tickets by product and options so they can be made at once (批量制作提醒).
/// </summary>
public static class StationFeed
{
    public static StationFeedDto Build(Guid storeId, Station station, IEnumerable<KitchenTicket> open, DateTimeOffset now)
    {
        var ordered = open.Where(t => t.IsOpen)
            .OrderByDescending(t => t.Priority).ThenBy(t => t.DueAt).ThenBy(t => t.QueuedAt).ThenBy(t => t.Id).ToList();
        var batches = ordered
            .SelectMany(t => t.Items.Where(i => !i.Done).Select(i => (Ticket: t, Item: i)))
            .GroupBy(x => x.Item.BatchKey)
            .Select(g => new TicketBatchDto(g.First().Item.ProductId, g.First().Item.Name, g.First().Item.Options.Order(StringComparer.Ordinal).ToList(),
                g.Sum(x => x.Item.Quantity), g.Select(x => x.Ticket.Id).Distinct().Count(), g.Select(x => x.Ticket.Id).Distinct().ToList(),
                g.Min(x => x.Ticket.DueAt)))
            .OrderByDescending(b => b.Quantity).ThenBy(b => b.EarliestDueAt).ThenBy(b => b.Name, StringComparer.Ordinal)
            .ToList();
        var tickets = ordered.Select(t => t.ToDto(now)).ToList();
        return new StationFeedDto(storeId, station, now, tickets, batches, tickets.Count(t => t.Delayed));
    }
}
