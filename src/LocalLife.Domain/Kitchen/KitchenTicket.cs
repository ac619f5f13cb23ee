using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;
using LocalLife.Ordering;

namespace LocalLife.Kitchen;

/// <summary>One item of a ticket: an order line as the station makes it; <see cref="Done"/> when made.</summary>
public sealed record TicketItem(Guid LineId, Guid ProductId, string Name, IReadOnlyList<string> Options, int Quantity, string? Note, int PrepMinutes,
    bool Done = false)
{
    /// <summary>Items with the same key are the same thing to make and are batched on the feed ("5 × mango tea, large").</summary>
    public string BatchKey => ProductId.ToString("N") + "|" + string.Join(",", Options.Order(StringComparer.Ordinal));
}

/// <summary>Domain event: a ticket was created or changed; <see cref="To"/> and <see cref="Priority"/> as they were at that moment.</summary>
public sealed record KitchenTicketChanged(KitchenTicket Ticket, TicketStatus? From, TicketStatus To, OrderPriority Priority, DateTimeOffset At);

/// <summary>
/// What one station (bar, kitchen, service) makes for one accepted order (§5.9.6 订单分配, §5.9.7). Due at acceptance plus the
/// longest standard prep time of its items; later than that it is flagged as delayed. Moves only through <see cref="KitchenTicketTransitions"/>.
/// </summary>
public class KitchenTicket : AggregateRoot<Guid>, IMultiTenant
{
    private KitchenTicket() { } // EF

    public KitchenTicket(Guid id, Order order, Station station, IReadOnlyList<TicketItem> items, OrderPriority priority, DateTimeOffset now) : base(id)
    {
        TenantId = order.TenantId;
        StoreId = order.StoreId;
        OrderId = order.Id;
        OrderNumber = order.Number;
        SpaceId = order.SpaceId;
        SpaceNumber = order.SpaceNumber;
        OrderNote = order.Note;
        Station = station;
        Items = items;
        Priority = priority;
        Status = TicketStatus.Queued;
        QueuedAt = now;
        DueAt = now + TimeSpan.FromMinutes(items.Max(i => i.PrepMinutes));
        AddDomainEvent(new KitchenTicketChanged(this, null, Status, Priority, now));
    }

    public Guid? TenantId { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid OrderId { get; private set; }
    public string OrderNumber { get; private set; } = null!;
    public Guid SpaceId { get; private set; }
    public string SpaceNumber { get; private set; } = null!;
    public string? OrderNote { get; private set; }
    public Station Station { get; private set; }
    public IReadOnlyList<TicketItem> Items { get; private set; } = [];
    public OrderPriority Priority { get; private set; }
    public TicketStatus Status { get; private set; }
    public DateTimeOffset QueuedAt { get; private set; }
    public DateTimeOffset DueAt { get; private set; }
    public DateTimeOffset? StartedAt { get; private set; }
    public DateTimeOffset? DoneAt { get; private set; }

    public bool IsOpen => Status is TicketStatus.Queued or TicketStatus.Preparing;

    /// <summary>Open past its standard prep time.</summary>
    public bool IsDelayed(DateTimeOffset now) => IsOpen && now > DueAt;

    public void Start(DateTimeOffset now)
    {
        MoveTo(TicketStatus.Preparing, now);
        StartedAt = now;
    }

    /// <summary>The whole ticket is made: every item done.</summary>
    public void Finish(DateTimeOffset now)
    {
        StartedAt ??= now;
        Items = Items.Select(i => i with { Done = true }).ToList();
        MoveTo(TicketStatus.Done, now);
        DoneAt = now;
    }

    /// <summary>One item is made (starting the ticket if it was not); the last one finishes the ticket.</summary>
    public void FinishItem(Guid lineId, DateTimeOffset now)
    {
        if (!IsOpen) throw Illegal(TicketStatus.Done);
        var item = Items.FirstOrDefault(i => i.LineId == lineId) ?? throw new BusinessException(KitchenErrorCodes.ItemNotFound).With("LineId", lineId);
        if (item.Done) return;
        if (Status == TicketStatus.Queued) Start(now);
        Items = Items.Select(i => i.LineId == lineId ? i with { Done = true } : i).ToList();
        if (Items.All(i => i.Done)) Finish(now);
        else AddDomainEvent(new KitchenTicketChanged(this, Status, Status, Priority, now));
    }

    public void Cancel(DateTimeOffset now)
    {
        if (Status == TicketStatus.Cancelled) return;
        MoveTo(TicketStatus.Cancelled, now);
    }

    public void Prioritize(OrderPriority priority, DateTimeOffset now)
    {
        if (Priority == priority || !IsOpen) return;
        Priority = priority;
        AddDomainEvent(new KitchenTicketChanged(this, Status, Status, Priority, now));
    }

    private void MoveTo(TicketStatus next, DateTimeOffset now)
    {
        if (!KitchenTicketTransitions.Allows(Status, next)) throw Illegal(next);
        var previous = Status;
        Status = next;
        AddDomainEvent(new KitchenTicketChanged(this, previous, next, Priority, now));
    }

    private BusinessException Illegal(TicketStatus next) =>
        new BusinessException(KitchenErrorCodes.IllegalTransition).With("From", Status).With("To", next);

    /// <summary>
    /// Splits an accepted order into one ticket per station of what is to be made: its lines, and for a combo each of its
    /// components at the component's own station (named with the combo, so the bar knows the lemonade is the set's).
    /// </summary>
    public static IReadOnlyList<KitchenTicket> Split(Order order, OrderPriority priority, DateTimeOffset now) =>
        order.Lines.SelectMany(Made).GroupBy(x => x.Station).OrderBy(g => g.Key)
            .Select(g => new KitchenTicket(Guid.CreateVersion7(), order, g.Key, [.. g.Select(x => x.Item)], priority, now))
            .ToList();

    private static IEnumerable<(Station Station, TicketItem Item)> Made(OrderLine line) =>
        line.Components.Count == 0
            ? [(line.Station, new TicketItem(line.Id, line.ProductId, line.Name, [.. line.Options.Select(o => o.OptionName)], line.Quantity, line.Note, line.PrepMinutes))]
            : line.Components.Select(c => (c.Station,
                new TicketItem(c.Id, c.ProductId, c.Name, [line.Name], c.Quantity * line.Quantity, line.Note, c.PrepMinutes)));
}
