namespace LocalLife.Kitchen;

/// <summary>Every legal move of a ticket. A quick item may be marked done without being started; done and cancelled are final.</summary>
public static class KitchenTicketTransitions
{
    private static readonly Dictionary<TicketStatus, TicketStatus[]> Allowed = new()
    {
        [TicketStatus.Queued] = [TicketStatus.Preparing, TicketStatus.Done, TicketStatus.Cancelled],
        [TicketStatus.Preparing] = [TicketStatus.Done, TicketStatus.Cancelled],
        [TicketStatus.Done] = [],
        [TicketStatus.Cancelled] = [],
    };

    public static bool Allows(TicketStatus from, TicketStatus to) => Allowed[from].Contains(to);
}
