namespace LocalLife.Catalog;

/// <summary>
/// Opening time to closing time on one local day. A range whose end is not after its start runs past
/// midnight (a KTV open 18:00–02:00); 00:00–00:00 is the whole day.
/// </summary>
public sealed record TimeRange(TimeOnly Start, TimeOnly End)
{
    public bool Overnight => End <= Start;

    /// <summary>Covers <paramref name="time"/> on the day the range starts.</summary>
    public bool CoversSameDay(TimeOnly time) => Overnight ? time >= Start : time >= Start && time < End;

    /// <summary>Covers <paramref name="time"/> on the day after it started.</summary>
    public bool CoversNextDay(TimeOnly time) => Overnight && time < End;
}
