namespace LocalLife.Spaces;

public enum PriceRuleKind
{
    /// <summary>A time of day on chosen weekdays (e.g. the evening prime time).</summary>
    TimeSlot = 1,
    /// <summary>Whole days of the week (e.g. Friday and Saturday).</summary>
    Weekday = 2,
    /// <summary>Dates the store marks as holidays.</summary>
    Holiday = 3,
}
