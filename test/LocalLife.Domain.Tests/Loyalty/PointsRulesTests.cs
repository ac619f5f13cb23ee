using LocalLife.Errors;

namespace LocalLife.Loyalty;

public sealed class PointsRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 4, 0, 0, TimeSpan.Zero);
    private readonly InMemoryPointsLedger _ledger = new();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _clock = new(Now);
    private readonly Guid _customer = Guid.NewGuid();
    private readonly Guid _merchant = Guid.NewGuid();
    private readonly Guid _store = Guid.NewGuid();
    private PointsManager Points => new(_ledger, _clock);

    [Fact]
    public void The_level_follows_cumulative_spend_and_the_next_level_is_named()
    {
        var settings = LoyaltySettings.CreateDefault();
        settings.LevelFor(0).Code.ShouldBe("normal");
        settings.LevelFor(99_999).Code.ShouldBe("normal");
        settings.LevelFor(100_000).Code.ShouldBe("silver");
        settings.NextLevel(100_000)!.Code.ShouldBe("gold");
        settings.NextLevel(5_000_000).ShouldBeNull();
        Should.Throw<BusinessException>(() => settings.Update(100, 100, [], 365, [LoyaltySettings.DefaultLevels[1]])).Code.ShouldBe(LoyaltyErrorCodes.InvalidSettings);
    }

    [Fact]
    public async Task The_best_applicable_rule_earns_times_the_level_multiplier_and_the_same_key_earns_once()
    {
        _ledger.Rules.Add(new RebateRule(Guid.NewGuid(), _merchant, "all", null, RebateBasis.TotalSpend, [], 100, null, null));
        _ledger.Rules.Add(new RebateRule(Guid.NewGuid(), _merchant, "drinks", _store, RebateBasis.Categories, ["drinks"], 500, null, null));
        _ledger.Rules.Add(new RebateRule(Guid.NewGuid(), _merchant, "other store", Guid.NewGuid(), RebateBasis.TotalSpend, [], 5_000, null, null));
        SpendLine[] spend = [new("drinks", 10_000), new("room", 40_000)];

        var first = (await Points.EarnForSpendAsync(_customer, _merchant, _store, spend, PointsDocumentType.BookingSettlement, "b1", "earn:b1", default));
        first.Amount.ShouldBe(500); // drinks: 100 yuan × 5 beats all: 500 yuan × 1; ×100 % at the entry level
        (await Points.EarnForSpendAsync(_customer, _merchant, _store, spend, PointsDocumentType.BookingSettlement, "b1", "earn:b1", default)).Id.ShouldBe(first.Id);

        // 1,000 yuan of spend so far → silver, ×120 %.
        await Points.EarnForSpendAsync(_customer, _merchant, _store, [new("room", 50_000)], PointsDocumentType.BookingSettlement, "b2", "earn:b2", default);
        (await Points.EarnForSpendAsync(_customer, _merchant, _store, [new("room", 10_000)], PointsDocumentType.BookingSettlement, "b3", "earn:b3", default))
            .Amount.ShouldBe(120);
        _ledger.Accounts.Single().ShouldSatisfyAllConditions(a => a.CumulativeSpendFen.ShouldBe(110_000), a => a.LevelCode.ShouldBe("silver"),
            a => a.Balance.ShouldBe(500 + 500 + 120));
    }

    [Fact]
    public async Task Redeeming_takes_first_to_expire_lots_within_the_cap_and_never_below_zero()
    {
        await Grant(300, "old");
        _clock.Advance(TimeSpan.FromDays(1));
        await Grant(500, "new");
        var entry = (await Points.RedeemAsync(_customer, 400, 400, _merchant, PointsDocumentType.MenuOrder, "o1", "redeem:o1", default));
        entry.Amount.ShouldBe(-400);
        _ledger.Lots.Select(l => l.Remaining).ShouldBe([0L, 400L]);
        _ledger.Allocations.Select(a => a.Points).ShouldBe([300L, 100L]);

        (await Should.ThrowAsync<BusinessException>(() => Points.RedeemAsync(_customer, 401, 1_000, _merchant, PointsDocumentType.MenuOrder, "o2", "redeem:o2", default))).Code.ShouldBe(LoyaltyErrorCodes.InsufficientPoints);
        (await Should.ThrowAsync<BusinessException>(() => Points.RedeemAsync(_customer, 300, 299, _merchant, PointsDocumentType.MenuOrder, "o3", "redeem:o3", default))).Code.ShouldBe(LoyaltyErrorCodes.OverOffsetCap);
        (await Should.ThrowAsync<BusinessException>(() => Points.RedeemAsync(_customer, 100, 400, _merchant, PointsDocumentType.MenuOrder, "o1", "redeem:o1", default))).Code.ShouldBe(LoyaltyErrorCodes.IdempotencyKeyReused);
        _ledger.Accounts.Single().Balance.ShouldBe(400);
    }

    [Fact]
    public async Task A_reversal_puts_the_points_back_into_the_lots_they_came_from_once()
    {
        await Grant(300, "a");
        await Grant(500, "b");
        await Points.RedeemAsync(_customer, 600, 600, _merchant, PointsDocumentType.MenuOrder, "o1", "redeem:o1", default);
        var back = (await Points.ReverseRedemptionAsync(_customer, "redeem:o1", "reverse:o1", default))!;
        back.Amount.ShouldBe(600);
        (await Points.ReverseRedemptionAsync(_customer, "redeem:o1", "reverse:o1", default))!.Id.ShouldBe(back.Id);
        _ledger.Lots.Select(l => l.Remaining).ShouldBe([300L, 500L]);
        _ledger.Accounts.Single().Balance.ShouldBe(800);
        (await Points.ReverseRedemptionAsync(_customer, "redeem:never", "reverse:never", default)).ShouldBeNull();
    }

    [Fact]
    public async Task Taking_back_refunded_earnings_never_goes_below_zero_and_expiry_empties_due_lots()
    {
        _ledger.Rules.Add(new RebateRule(Guid.NewGuid(), _merchant, "all", null, RebateBasis.TotalSpend, [], 1_000, null, null));
        await Points.EarnForSpendAsync(_customer, _merchant, _store, [new("orders", 10_000)], PointsDocumentType.MenuOrder, "o1", "earn:o1", default);
        await Points.RedeemAsync(_customer, 800, 10_000, _merchant, PointsDocumentType.MenuOrder, "o2", "redeem:o2", default);
        var taken = (await Points.ReverseEarnAsync(_customer, "earn:o1", 10_000, "unearn:o1", default))!;
        taken.Amount.ShouldBe(-200); // 1,000 earned, 800 already spent: only what is left
        _ledger.Accounts.Single().ShouldSatisfyAllConditions(a => a.Balance.ShouldBe(0), a => a.CumulativeSpendFen.ShouldBe(0));

        await Grant(50, "bonus");
        _clock.Advance(TimeSpan.FromDays(366));
        var expired = (await Points.ExpireAsync(_customer, _clock.GetUtcNow(), default));
        expired.Sum(e => e.Amount).ShouldBe(-50);
        (await Points.ExpireAsync(_customer, _clock.GetUtcNow(), default)).ShouldBeEmpty();
        _ledger.Accounts.Single().Balance.ShouldBe(0);
    }

    [Fact]
    public void The_preview_caps_points_by_balance_and_the_platform_share()
    {
        var settings = new LoyaltySettings(200, 30, [PointsDocumentType.MenuOrder], 365, LoyaltySettings.DefaultLevels); // 200 points = 1 yuan
        var preview = PointsManager.Preview(settings, balance: 100_000, PointsDocumentType.MenuOrder, payableFen: 10_000);
        preview.MaxPoints.ShouldBe(6_000); // 30 % of 100 yuan = 30 yuan = 6,000 points
        preview.MaxOffsetFen.ShouldBe(3_000);
        preview.PayFen.ShouldBe(7_000);
        PointsManager.Preview(settings, 100_000, PointsDocumentType.BookingDeposit, 10_000).Allowed.ShouldBeFalse();
        settings.ValueFen(199).ShouldBe(99); // rounded down: points never pay more than they are worth
    }

    private Task Grant(long points, string key) => Points.GrantBonusAsync(_customer, points, key, "grant:" + key, default);
}
