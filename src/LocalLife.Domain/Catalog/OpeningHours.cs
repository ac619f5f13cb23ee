using LocalLife.Errors;

namespace LocalLife.Catalog;

/// <summary>
/// Weekly opening hours with date exceptions (holidays, special hours), in the store's own time zone.
/// The same rule runs in SQL (<c>store_is_open</c>) for the "open now" filter; a test keeps them in step.
/// </summary>
public sealed record OpeningHours(IReadOnlyList<DayHours> Week, IReadOnlyList<HoursException> Exceptions)
{
    public static OpeningHours Daily(TimeOnly start, TimeOnly end) =>
        new(Enum.GetValues<DayOfWeek>().Select(d => new DayHours(d, [new TimeRange(start, end)])).ToList(), []);

    public void Validate()
    {
        if (Week.Select(d => d.Day).Distinct().Count() != Week.Count)
            throw new BusinessException(CatalogErrorCodes.InvalidOpeningHours).With("Reason", "duplicate weekday");
        if (Exceptions.Select(e => e.Date).Distinct().Count() != Exceptions.Count)
            throw new BusinessException(CatalogErrorCodes.InvalidOpeningHours).With("Reason", "duplicate date");
    }

    /// <summary>The ranges that start on <paramref name="date"/>: an exception for the date wins over the week.</summary>
    public IReadOnlyList<TimeRange> RangesOn(DateOnly date)
    {
        var exception = Exceptions.FirstOrDefault(e => e.Date == date);
        if (exception is not null) return exception.Closed ? [] : exception.Ranges;
        return Week.FirstOrDefault(d => d.Day == date.DayOfWeek)?.Ranges ?? [];
    }

    public bool IsOpenAt(DateTime local)
    {
        var date = DateOnly.FromDateTime(local);
        var time = TimeOnly.FromDateTime(local);
        return RangesOn(date).Any(r => r.CoversSameDay(time)) || RangesOn(date.AddDays(-1)).Any(r => r.CoversNextDay(time));
    }

    public bool IsHoliday(DateOnly date) => Exceptions.Any(e => e.Date == date && e.IsHoliday);
}

public sealed record DayHours(DayOfWeek Day, IReadOnlyList<TimeRange> Ranges);

/// <summary>A date that differs from the week: closed, other hours, and whether holiday prices apply.</summary>
public sealed record HoursException(DateOnly Date, bool Closed, IReadOnlyList<TimeRange> Ranges, bool IsHoliday, string? Note);
