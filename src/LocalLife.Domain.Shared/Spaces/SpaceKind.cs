namespace LocalLife.Spaces;

/// <summary>What a bookable space is; later verticals add kinds (a beauty station, a dining table) as data.</summary>
public enum SpaceKind
{
    Room = 1,
    Booth = 2,
    Table = 3,
    Station = 4,
}

/// <summary>Standard sizes of printed QR codes: small (50 mm, table tents), medium (70 mm, doors), large (100 mm, posters).</summary>
public enum QrSheetSize
{
    Small = 1,
    Medium = 2,
    Large = 3,
}
