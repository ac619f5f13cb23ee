namespace LocalLife.Catalog;

public sealed class OpeningHoursTests
{
    private static readonly OpeningHours Ktv = new(
        [
            new DayHours(DayOfWeek.Friday, [new TimeRange(new(18, 0), new(2, 0))]),
            new DayHours(DayOfWeek.Saturday, [new TimeRange(new(10, 0), new(14, 0)), new TimeRange(new(18, 0), new(2, 0))]),
        ],
        [new HoursException(new DateOnly(2026, 10, 2), Closed: true, [], IsHoliday: true, "国庆"),
         new HoursException(new DateOnly(2026, 10, 3), Closed: false, [new TimeRange(new(12, 0), new(0, 0))], IsHoliday: true, null)]);

    [Theory]
    [InlineData("2026-11-27 17:59", false)] // Friday before opening
    [InlineData("2026-11-27 18:00", true)]
    [InlineData("2026-11-28 01:59", true)]  // Friday's range runs past midnight into Saturday
    [InlineData("2026-11-28 02:00", false)]
    [InlineData("2026-11-28 12:00", true)]  // Saturday lunch
    [InlineData("2026-11-28 15:00", false)]
    [InlineData("2026-11-29 01:00", true)]  // Saturday night into Sunday
    [InlineData("2026-11-29 12:00", false)] // Sunday has no hours
    [InlineData("2026-10-02 20:00", false)] // a closed holiday Friday
    [InlineData("2026-10-03 23:59", true)]  // special hours to midnight
    [InlineData("2026-10-04 00:30", false)]
    public void Open_at_follows_week_overnight_ranges_and_exceptions(string local, bool open) =>
        Ktv.IsOpenAt(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture)).ShouldBe(open);

    [Fact]
    public void Duplicate_weekdays_are_refused() =>
        Should.Throw<Errors.BusinessException>(() => new OpeningHours(
            [new DayHours(DayOfWeek.Monday, []), new DayHours(DayOfWeek.Monday, [])], []).Validate())
            .Code.ShouldBe(CatalogErrorCodes.InvalidOpeningHours);

    [Fact]
    public void Holidays_are_the_exceptions_marked_so() =>
        (Ktv.IsHoliday(new DateOnly(2026, 10, 3)), Ktv.IsHoliday(new DateOnly(2026, 10, 4))).ShouldBe((true, false));
}
