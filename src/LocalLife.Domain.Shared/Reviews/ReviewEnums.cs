namespace LocalLife.Reviews;

/// <summary>What was reviewed: a completed menu order or a completed (released) booking.</summary>
public enum ReviewSourceKind
{
    Order = 1,
    Booking = 2,
}

/// <summary>Pending waits for a person; only Published reviews are shown and counted in the store's rating.</summary>
public enum ReviewStatus
{
    Pending = 1,
    Published = 2,
    Rejected = 3,
}

/// <summary>WeChat msg_sec_check's suggestion, or Unavailable when it could not be asked (then a person decides).</summary>
public enum MachineVerdict
{
    Pass = 1,
    Review = 2,
    Risky = 3,
    Unavailable = 4,
}

/// <summary>What an operator decided about a review.</summary>
public enum ModerationDecision
{
    Approved = 1,
    Rejected = 2,
    TakenDown = 3,
}
