namespace LocalLife.Spaces;

/// <summary>What a bookable space is; later verticals add kinds (a beauty station, a dining table) as data.</summary>
public enum SpaceKind
{
    Room = 1,
    Booth = 2,
    Table = 3,
    Station = 4,
}
