namespace LocalLife.Kitchen;

/// <summary>A station's ticket: queued when its order is accepted, started, done (or cancelled with its order). Moves only through KitchenTicketTransitions.</summary>
public enum TicketStatus
{
    Queued = 1,
    Preparing = 2,
    Done = 3,
    Cancelled = 4,
}
