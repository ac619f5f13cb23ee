namespace LocalLife.Kitchen;

/// <summary>A station's ticket: queued when its order is accepted, started, done (or cancelled with its order). Moves only through KitchenTicketTransitions.</summary>
public enum TicketStatus
{
    Queued = 1,
    Preparing = 2,
    Done = 3,
    Cancelled = 4,
}

/// <summary>How soon a ticket is made (§5.9.6 优先级管理): higher first on the station's feed.</summary>
public enum TicketPriority
{
    Normal = 0,
    Vip = 1,
    Urgent = 2,
}
