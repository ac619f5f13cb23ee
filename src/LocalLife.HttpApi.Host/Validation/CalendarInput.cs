using System.Globalization;
using System.Text.RegularExpressions;
using LocalLife.Localization;

namespace LocalLife.Validation;

/// <summary>
/// How the API reads a date or a time, wherever it arrives (JSON body, query string, route). A time is ISO 8601 with
/// its offset and is turned into UTC at once, so nothing below the boundary sees +08:00 (Npgsql refuses to write a
/// non-UTC DateTimeOffset to timestamptz) and nothing guesses a zone for a time without one. Dates and times lie in a
/// calendar range wide enough for any business date and narrow enough that a store's offset or the day after
/// (1 Jan 0001 − 8 h, 31 Dec 9999 + 1 day) cannot overflow.
/// </summary>
internal static partial class CalendarInput
{
    public static readonly DateOnly MinDate = new(1900, 1, 1);
    public static readonly DateOnly MaxDate = new(2999, 12, 31);

    private static readonly DateTimeOffset MinTime = new(MinDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    private static readonly DateTimeOffset EndOfMaxDate = new(MaxDate.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    private static readonly string[] TimeFormats = ["yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK"];

    /// <summary>The time in UTC, or the text that says what is wrong with it (in the caller's language).</summary>
    public static string? ReadTime(string? text, out DateTimeOffset utc)
    {
        utc = default;
        if (text is null || !IsoTime().IsMatch(text)) return Text(ValidationTexts.TimeFormat);
        if (!YearInRange(text)) return RangeText();
        if (!DateTimeOffset.TryParseExact(text.ToUpperInvariant(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            return Text(ValidationTexts.TimeFormat);
        // To the microsecond, as timestamptz keeps it: the time a write echoes is the time a later read returns.
        utc = new DateTimeOffset(time.UtcTicks - time.UtcTicks % 10, TimeSpan.Zero);
        return utc >= MinTime && utc < EndOfMaxDate ? null : RangeText();
    }

    /// <summary>The calendar date (yyyy-MM-dd), or the text that says what is wrong with it.</summary>
    public static string? ReadDate(string? text, out DateOnly date)
    {
        date = default;
        if (text is null || !IsoDate().IsMatch(text)) return Text(ValidationTexts.DateFormat);
        if (!YearInRange(text)) return RangeText();
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)
            ? null
            : Text(ValidationTexts.DateFormat);
    }

    /// <summary>Checked before parsing: 0001-01-01T00:00+08:00 is a well-formed time that no DateTimeOffset can hold.</summary>
    private static bool YearInRange(string text) => int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture) is var year
        && year >= MinDate.Year && year <= MaxDate.Year;

    private static string RangeText() => LocalLifeTexts.Get(ValidationTexts.CalendarRange, CultureInfo.CurrentUICulture,
        new Dictionary<string, object?> { ["Min"] = MinDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["Max"] = MaxDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });

    private static string Text(string key) => LocalLifeTexts.Get(key, CultureInfo.CurrentUICulture);

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,7})?)?([Zz]|[+-][0-9]{2}:[0-9]{2})$")]
    private static partial Regex IsoTime();

    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")]
    private static partial Regex IsoDate();
}
