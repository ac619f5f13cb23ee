using LocalLife.Catalog;
using LocalLife.Errors;
using LocalLife.Spaces;

namespace LocalLife.Bookings;

public sealed class BookingRulesTests
{
    // Wednesday 2026-11-25 12:00 in Shanghai.
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 4, 0, 0, TimeSpan.Zero);
    private readonly BookingManager _manager = new();
    private readonly Store _store = new(Guid.NewGuid(), Guid.NewGuid(), "ktv", new StoreProfile("s", "a", null, null, []), new GeoPoint(30, 120),
        Store.DefaultTimeZone, OpeningHours.Daily(new(12, 0), new(2, 0)), [new SpaceTypeOption("small", SpaceKind.Room, "小包", "Small")], 30);

    private Space NewSpace(int? depositPercent = null) => new(Guid.NewGuid(), _store, "A1", new SpaceDetails("A1", "small", 2, 6, [], [], null),
        new FloorPosition(1, 0, 0), new SpacePricing(8800, 0, [new PriceRule(PriceRuleKind.TimeSlot, [], new(18, 0), new(2, 0), 15800)]), depositPercent);

    private static DateTimeOffset Local(int hour, int dayOffset = 0) => new DateTimeOffset(2026, 11, 25, hour, 0, 0, TimeSpan.FromHours(8)).AddDays(dayOffset);

    [Fact]
    public void The_deposit_is_the_price_at_the_arrival_time_times_the_effective_ratio()
    {
        BookingManager.Quote(_store, NewSpace(), Local(20)).ShouldBe(BookingDeposit.Of(15800, 30));
        BookingManager.Quote(_store, NewSpace(), Local(20)).DepositFen.ShouldBe(4740);
        BookingManager.Quote(_store, NewSpace(50), Local(14)).DepositFen.ShouldBe(4400);
        BookingManager.Quote(_store, NewSpace(), Local(14)).Amount.WithPoints(1000, 1000).CashFen.ShouldBe(1640);
    }

    [Fact]
    public void Creating_books_the_space_and_a_deposit_of_zero_confirms_at_once()
    {
        var paid = NewSpace();
        var booking = _manager.Create(_store, paid, Guid.NewGuid(), Local(20), 4, BookingManager.Quote(_store, paid, Local(20)), Now);
        booking.Status.ShouldBe(BookingStatus.PendingPayment);
        booking.PayBy.ShouldBe(Now + BookingConsts.PaymentWindow);
        paid.Status.ShouldBe(SpaceStatus.Booked);

        var free = NewSpace(0);
        _manager.Create(_store, free, Guid.NewGuid(), Local(20), 4, BookingManager.Quote(_store, free, Local(20)), Now).Status.ShouldBe(BookingStatus.Confirmed);
        Should.Throw<BusinessException>(() => _manager.Create(_store, free, Guid.NewGuid(), Local(21), 4, BookingDeposit.Of(0, 0), Now))
            .Code.ShouldBe(BookingErrorCodes.SpaceNotFree);
    }

    [Theory]
    [InlineData(6, 1, 4, BookingErrorCodes.StoreClosedAtArrival)]
    [InlineData(11, 0, 4, BookingErrorCodes.ArrivalInPast)]
    [InlineData(20, 31, 4, BookingErrorCodes.ArrivalTooFar)]
    [InlineData(20, 0, 7, BookingErrorCodes.PartySizeDoesNotFit)]
    [InlineData(20, 0, 1, BookingErrorCodes.PartySizeDoesNotFit)]
    public void Requests_outside_the_rules_are_refused(int hour, int dayOffset, int party, string code) =>
        Should.Throw<BusinessException>(() => BookingManager.CheckRequest(_store, NewSpace(), Local(hour, dayOffset), party, Now)).Code.ShouldBe(code);

    [Fact]
    public void An_arrival_after_midnight_within_the_late_hours_is_accepted() =>
        Should.NotThrow(() => BookingManager.CheckRequest(_store, NewSpace(), Local(1, 1), 4, Now));

    [Fact]
    public void Members_with_the_priority_perk_may_book_further_ahead()
    {
        var inSixWeeks = Local(20, 42);
        Should.Throw<BusinessException>(() => BookingManager.CheckRequest(_store, NewSpace(), inSixWeeks, 4, Now)).Code.ShouldBe(BookingErrorCodes.ArrivalTooFar);
        Should.NotThrow(() => BookingManager.CheckRequest(_store, NewSpace(), inSixWeeks, 4, Now, priority: true));
        Should.Throw<BusinessException>(() => BookingManager.CheckRequest(_store, NewSpace(), Local(20, 70), 4, Now, priority: true))
            .Code.ShouldBe(BookingErrorCodes.ArrivalTooFar);
    }

    [Fact]
    public void Check_in_moves_the_space_in_use_and_a_used_code_is_refused()
    {
        var space = NewSpace(0);
        var booking = _manager.Create(_store, space, Guid.NewGuid(), Local(20), 4, BookingDeposit.Of(0, 0), Now);
        Should.Throw<BusinessException>(() => _manager.CheckIn(booking, Guid.NewGuid(), space, Guid.NewGuid(), Now)).Code.ShouldBe(BookingErrorCodes.CodeOfAnotherStore);

        _manager.CheckIn(booking, _store.Id, space, Guid.NewGuid(), Now);
        booking.Status.ShouldBe(BookingStatus.CheckedIn);
        space.Status.ShouldBe(SpaceStatus.InUse);
        Should.Throw<BusinessException>(() => _manager.CheckIn(booking, _store.Id, space, Guid.NewGuid(), Now)).Code.ShouldBe(BookingErrorCodes.CodeAlreadyUsed);

        _manager.Release(booking, space, 30000, 300, toCleaning: false, Guid.NewGuid(), Now);
        booking.Status.ShouldBe(BookingStatus.Completed);
        space.Status.ShouldBe(SpaceStatus.Free);
    }

    [Fact]
    public void Finished_bookings_move_nowhere()
    {
        foreach (var end in new[] { BookingStatus.Completed, BookingStatus.Cancelled, BookingStatus.NoShow, BookingStatus.Expired })
            Enum.GetValues<BookingStatus>().ShouldAllBe(to => !BookingTransitions.Allows(end, to));
        BookingTransitions.Allows(BookingStatus.PendingPayment, BookingStatus.CheckedIn).ShouldBeFalse();
        BookingTransitions.Allows(BookingStatus.Confirmed, BookingStatus.Expired).ShouldBeFalse();
    }
}
