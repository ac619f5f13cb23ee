using LocalLife.Catalog;
using LocalLife.Errors;

namespace LocalLife.Spaces;

public sealed class SpaceRulesTests
{
    private static readonly SpacePricing Pricing = new(8800, 30000,
    [
        new PriceRule(PriceRuleKind.Weekday, [DayOfWeek.Friday, DayOfWeek.Saturday], null, null, 12800),
        new PriceRule(PriceRuleKind.TimeSlot, [], new TimeOnly(18, 0), new TimeOnly(2, 0), 15800),
        new PriceRule(PriceRuleKind.Holiday, [], null, null, 19800),
    ]);

    [Theory]
    [InlineData("2026-11-25 14:00", false, 8800)]  // Wednesday afternoon: base
    [InlineData("2026-11-25 20:00", false, 15800)] // evening slot
    [InlineData("2026-11-26 01:00", false, 15800)] // the slot runs past midnight
    [InlineData("2026-11-27 14:00", false, 12800)] // Friday: weekday rule
    [InlineData("2026-11-27 20:00", false, 15800)] // a slot beats the weekday rule
    [InlineData("2026-11-25 14:00", true, 19800)]  // a holiday beats everything
    public void The_most_specific_rule_sets_the_price(string local, bool holiday, long expected) =>
        Pricing.PriceAt(DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture), holiday).ShouldBe(expected);

    [Fact]
    public void Bad_price_lists_are_refused()
    {
        Should.Throw<BusinessException>(() => new SpacePricing(-1, 0, []).Validate()).Code.ShouldBe(SpaceErrorCodes.InvalidPriceRule);
        Should.Throw<BusinessException>(() => new SpacePricing(1, 0, [new PriceRule(PriceRuleKind.TimeSlot, [], null, null, 1)]).Validate())
            .Code.ShouldBe(SpaceErrorCodes.InvalidPriceRule);
        Should.Throw<BusinessException>(() => new SpacePricing(1, 0, [new PriceRule(PriceRuleKind.Weekday, [], null, null, 1)]).Validate())
            .Code.ShouldBe(SpaceErrorCodes.InvalidPriceRule);
    }

    [Theory]
    [InlineData(SpaceStatus.Free, SpaceStatus.Booked, true)]
    [InlineData(SpaceStatus.Booked, SpaceStatus.InUse, true)]
    [InlineData(SpaceStatus.InUse, SpaceStatus.Cleaning, true)]
    [InlineData(SpaceStatus.Cleaning, SpaceStatus.Free, true)]
    [InlineData(SpaceStatus.Booked, SpaceStatus.Booked, false)]
    [InlineData(SpaceStatus.Booked, SpaceStatus.Maintenance, false)]
    [InlineData(SpaceStatus.InUse, SpaceStatus.Booked, false)]
    [InlineData(SpaceStatus.Maintenance, SpaceStatus.InUse, false)]
    public void The_transition_table_decides_every_status_change(SpaceStatus from, SpaceStatus to, bool allowed) =>
        SpaceTransitions.Allows(from, to).ShouldBe(allowed);

    [Fact]
    public void An_illegal_change_is_a_conflict_and_a_legal_one_raises_an_event()
    {
        var store = new Store(Guid.NewGuid(), Guid.NewGuid(), "ktv", new StoreProfile("s", "a", null, null, []), new GeoPoint(30, 120),
            Store.DefaultTimeZone, OpeningHours.Daily(new(10, 0), new(22, 0)), [new SpaceTypeOption("small", SpaceKind.Room, "小包", "Small")], 30);
        var space = new Space(Guid.NewGuid(), store, "A1", new SpaceDetails("A1", "small", 2, 6, [], [], null), new FloorPosition(1, 0, 0), Pricing, null);
        space.EffectiveDepositPercent(store).ShouldBe(30);

        var error = Should.Throw<BusinessException>(() => space.ChangeStatus(SpaceStatus.Free, DateTimeOffset.UtcNow, null, null));
        error.Code.ShouldBe(SpaceErrorCodes.IllegalTransition);

        space.ChangeStatus(SpaceStatus.Booked, DateTimeOffset.UtcNow, null, "booking");
        space.Status.ShouldBe(SpaceStatus.Booked);
        space.DomainEvents.OfType<SpaceStatusChanged>().Single().To.ShouldBe(SpaceStatus.Booked);
    }

    [Fact]
    public void A_space_must_use_a_type_its_store_offers_and_a_sane_capacity()
    {
        var store = new Store(Guid.NewGuid(), Guid.NewGuid(), "cafe", new StoreProfile("s", "a", null, null, []), new GeoPoint(30, 120),
            Store.DefaultTimeZone, OpeningHours.Daily(new(8, 0), new(22, 0)), [new SpaceTypeOption("window", SpaceKind.Booth, "窗边", "Window")], 0);
        Should.Throw<BusinessException>(() => new Space(Guid.NewGuid(), store, "X", new SpaceDetails("X", "deluxe", 1, 2, [], [], null),
            new FloorPosition(1, 0, 0), new SpacePricing(0, 0, []), null)).Code.ShouldBe(CatalogErrorCodes.UnknownSpaceType);
        Should.Throw<BusinessException>(() => new Space(Guid.NewGuid(), store, "X", new SpaceDetails("X", "window", 4, 2, [], [], null),
            new FloorPosition(1, 0, 0), new SpacePricing(0, 0, []), null)).Code.ShouldBe(SpaceErrorCodes.InvalidCapacity);
        Should.Throw<BusinessException>(() => new Space(Guid.NewGuid(), store, "X", new SpaceDetails("X", "window", 1, 2, [], [], null),
            new FloorPosition(1, 0, 0), new SpacePricing(0, 0, []), 101)).Code.ShouldBe(SpaceErrorCodes.InvalidDepositRatio);
    }
}
