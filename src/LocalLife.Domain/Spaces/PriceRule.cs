namespace LocalLife.Spaces;

/// <summary>One line of a space's price list; the most specific matching line wins (holiday, time slot, weekday, base).</summary>
public sealed record PriceRule(PriceRuleKind Kind, IReadOnlyList<DayOfWeek> Days, TimeOnly? From, TimeOnly? To, long PriceFen)
{
    public bool Matches(DateTime local, bool isHoliday) => Kind switch
    {
        PriceRuleKind.Holiday => isHoliday,
        PriceRuleKind.Weekday => Days.Contains(local.DayOfWeek),
        PriceRuleKind.TimeSlot => (Days.Count == 0 || Days.Contains(local.DayOfWeek)) && InSlot(TimeOnly.FromDateTime(local)),
        _ => false,
    };

    private bool InSlot(TimeOnly time) => From is { } from && To is { } to && (to > from ? time >= from && time < to : time >= from || time < to);
}
