namespace LocalLife.Spaces;

/// <summary>Live status of a space (requirements §5.2.1): free / booked / in use / maintenance / cleaning.</summary>
public enum SpaceStatus
{
    Free = 1,
    Booked = 2,
    InUse = 3,
    Maintenance = 4,
    Cleaning = 5,
}
