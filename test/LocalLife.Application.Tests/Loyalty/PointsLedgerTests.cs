using LocalLife.Entities;
using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using LocalLife.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Loyalty;

/// <summary>The points ledger on the real database: earning, spending, reversing, expiring, and racing.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class PointsLedgerTests(TestDatabase database) : IAsyncLifetime
{
    private ServiceProvider _services = null!;
    private Guid _ktv;
    private Guid _tea;

    public async Task InitializeAsync()
    {
        _services = TestServices.Create(database);
        await using var scope = _services.CreateAsyncScope();
        var tenants = await scope.ServiceProvider.GetRequiredService<LocalLifeDbContext>().Tenants.ToDictionaryAsync(t => t.Name, t => t.Id);
        (_ktv, _tea) = (tenants["ktv-demo"], tenants["teahouse-demo"]);
    }

    public async Task DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task Earning_uses_the_best_applicable_rule_and_the_member_level_multiplier()
    {
        var store = Guid.NewGuid();
        await AddRuleAsync(_ktv, new RebateRule(Guid.CreateVersion7(), _ktv, "全场 10 分", store, RebateBasis.TotalSpend, [], 10, null, null));
        await AddRuleAsync(_ktv, new RebateRule(Guid.CreateVersion7(), _ktv, "酒水 20 分", store, RebateBasis.Categories, ["drinks"], 20, null, null));
        await AddRuleAsync(_ktv, new RebateRule(Guid.CreateVersion7(), _ktv, "别的店 100 分", Guid.NewGuid(), RebateBasis.TotalSpend, [], 100, null, null));
        var customer = Guid.NewGuid();

        // 300 yuan total, 200 of it drinks: total rule gives 30, drinks rule gives 40 -> 40 at ×1.
        var first = await MoveAsync(_ktv, m => m.EarnForSpendAsync(customer, _ktv, store,
            [new SpendLine("room", 10_000), new SpendLine("drinks", 20_000)], PointsDocumentType.BookingSettlement, "b1", "earn:b1", default));
        first.Amount.ShouldBe(40);
        (await NamesOfRuleAsync(first.RuleId!.Value)).ShouldBe("酒水 20 分");

        // 1000 yuan puts the customer at silver (≥ 1000 yuan cumulative: 300 + 1000) for the *next* spend, ×1.2.
        await MoveAsync(_ktv, m => m.EarnForSpendAsync(customer, _ktv, store, [new SpendLine("room", 100_000)], PointsDocumentType.BookingSettlement, "b2", "earn:b2", default));
        var third = await MoveAsync(_ktv, m => m.EarnForSpendAsync(customer, _ktv, store, [new SpendLine("room", 10_000)], PointsDocumentType.BookingSettlement, "b3", "earn:b3", default));
        third.Amount.ShouldBe(12); // 10 points × 120 %
        (await AccountAsync(customer)).LevelCode.ShouldBe("silver");
    }

    [Fact]
    public async Task Redeeming_consumes_lots_first_to_expire_and_a_retry_with_the_same_key_changes_nothing()
    {
        var customer = await CustomerWithPointsAsync(_ktv, 500);
        var redeem = await MoveAsync(_tea, m => m.RedeemAsync(customer, 200, 10_000, _tea, PointsDocumentType.BookingDeposit, "d1", "redeem:d1", default));
        var again = await MoveAsync(_tea, m => m.RedeemAsync(customer, 200, 10_000, _tea, PointsDocumentType.BookingDeposit, "d1", "redeem:d1", default));
        again.Id.ShouldBe(redeem.Id);
        (await AccountAsync(customer)).Balance.ShouldBe(300);

        var reused = await Should.ThrowAsync<BusinessException>(() =>
            MoveAsync(_tea, m => m.RedeemAsync(customer, 100, 10_000, _tea, PointsDocumentType.BookingDeposit, "d1", "redeem:d1", default)));
        reused.Code.ShouldBe(LoyaltyErrorCodes.IdempotencyKeyReused);
    }

    [Fact]
    public async Task Points_cannot_go_below_zero_or_past_the_offset_cap()
    {
        var customer = await CustomerWithPointsAsync(_ktv, 100);
        (await Should.ThrowAsync<BusinessException>(() =>
            MoveAsync(_ktv, m => m.RedeemAsync(customer, 150, 100_000, _ktv, PointsDocumentType.BookingDeposit, "x", "redeem:x", default))))
            .Code.ShouldBe(LoyaltyErrorCodes.InsufficientPoints);
        // 100 points are worth 1 yuan; a 0.50 yuan deposit may take at most 50 of them.
        (await Should.ThrowAsync<BusinessException>(() =>
            MoveAsync(_ktv, m => m.RedeemAsync(customer, 100, 50, _ktv, PointsDocumentType.BookingDeposit, "y", "redeem:y", default))))
            .Code.ShouldBe(LoyaltyErrorCodes.OverOffsetCap);
        (await AccountAsync(customer)).Balance.ShouldBe(100);

        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalLifeDbContext>();
        var violation = await Should.ThrowAsync<Npgsql.PostgresException>(() =>
            db.Database.ExecuteSqlInterpolatedAsync($"UPDATE points_accounts SET balance = balance - 1000 WHERE customer_id = {customer}"));
        violation.SqlState.ShouldBe(Npgsql.PostgresErrorCodes.CheckViolation);
    }

    [Fact]
    public async Task Concurrent_redemptions_never_spend_the_same_points_twice()
    {
        var customer = await CustomerWithPointsAsync(_ktv, 500);
        var attempts = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            try
            {
                await MoveAsync(_ktv, m => m.RedeemAsync(customer, 100, 100_000, _ktv, PointsDocumentType.MenuOrder, $"o{i}", $"redeem:o{i}", default));
                return true;
            }
            catch (BusinessException e) when (e.Code == LoyaltyErrorCodes.InsufficientPoints)
            {
                return false;
            }
        })).ToList();
        var results = await Task.WhenAll(attempts);
        results.Count(ok => ok).ShouldBe(5);
        var account = await AccountAsync(customer);
        account.Balance.ShouldBe(0);

        await using var scope = _services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LocalLifeDbContext>();
        (await db.Set<PointsLot>().Where(l => l.AccountId == account.Id).SumAsync(l => l.Remaining)).ShouldBe(0);
        (await db.Set<PointsEntry>().Where(e => e.AccountId == account.Id).SumAsync(e => e.Amount)).ShouldBe(0);
    }

    [Fact]
    public async Task Points_earned_at_one_merchant_and_spent_at_another_show_in_the_settlement_until_reversed()
    {
        var customer = await CustomerWithPointsAsync(_ktv, 300);
        await MoveAsync(_tea, m => m.RedeemAsync(customer, 300, 10_000, _tea, PointsDocumentType.BookingDeposit, "s1", "redeem:s1", default));
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await using (var scope = _services.CreateAsyncScope())
        {
            var report = await scope.ServiceProvider.GetRequiredService<SettlementReport>().BuildAsync(new GetSettlementInput { From = today.AddDays(-1), To = today }, _tea, default);
            report.ShouldContain(l => l.EarnedAtTenantId == _ktv && l.SpentAtTenantId == _tea && l.Points >= 300);
        }
        var before = await SettledPointsAsync(today);
        await MoveAsync(_tea, m => m.ReverseRedemptionAsync(customer, "redeem:s1", "reverse:s1", default));
        (await AccountAsync(customer)).Balance.ShouldBe(300);
        (await SettledPointsAsync(today)).ShouldBe(before - 300);
    }

    [Fact]
    public async Task Lots_expire_when_their_time_comes_with_one_entry_each()
    {
        var customer = await CustomerWithPointsAsync(_ktv, 250);
        (await MoveAsync(_ktv, m => m.ExpireAsync(customer, DateTimeOffset.UtcNow.AddDays(1), default))).ShouldBeEmpty();
        var expired = await MoveAsync(_ktv, m => m.ExpireAsync(customer, DateTimeOffset.UtcNow.AddDays(366), default));
        expired.Single().Amount.ShouldBe(-250);
        (await AccountAsync(customer)).Balance.ShouldBe(0);
        (await MoveAsync(_ktv, m => m.ExpireAsync(customer, DateTimeOffset.UtcNow.AddDays(400), default))).ShouldBeEmpty();
    }

    [Fact]
    public async Task Points_given_back_to_a_lot_that_already_expired_expire_again()
    {
        var customer = await CustomerWithPointsAsync(_ktv, 300);
        await MoveAsync(_tea, m => m.RedeemAsync(customer, 100, 10_000, _tea, PointsDocumentType.BookingDeposit, "late", "redeem:late", default));
        var later = DateTimeOffset.UtcNow.AddDays(366);
        (await MoveAsync(_ktv, m => m.ExpireAsync(customer, later, default))).Single().Amount.ShouldBe(-200);

        // The booking is cancelled after expiry: its 100 points go back into the (expired) lot they came from.
        await MoveAsync(_tea, m => m.ReverseRedemptionAsync(customer, "redeem:late", "reverse:late", default));
        (await AccountAsync(customer)).Balance.ShouldBe(100);

        (await MoveAsync(_ktv, m => m.ExpireAsync(customer, later.AddDays(1), default))).Single().Amount.ShouldBe(-100);
        (await AccountAsync(customer)).Balance.ShouldBe(0);
        (await MoveAsync(_ktv, m => m.ExpireAsync(customer, later.AddDays(1), default))).ShouldBeEmpty();
    }

    [Fact]
    public async Task A_refunded_spend_takes_its_points_back_and_lowers_the_level_spend()
    {
        var store = Guid.NewGuid();
        await AddRuleAsync(_ktv, new RebateRule(Guid.CreateVersion7(), _ktv, "全场 10 分", store, RebateBasis.TotalSpend, [], 10, null, null));
        var customer = Guid.NewGuid();
        await MoveAsync(_ktv, m => m.EarnForSpendAsync(customer, _ktv, store, [new SpendLine("room", 50_000)], PointsDocumentType.BookingSettlement, "r1", "earn:r1", default));
        (await AccountAsync(customer)).Balance.ShouldBe(50);
        var reversal = await MoveAsync(_ktv, m => m.ReverseEarnAsync(customer, "earn:r1", 50_000, "refund:r1", default));
        reversal!.Amount.ShouldBe(-50);
        var account = await AccountAsync(customer);
        (account.Balance, account.CumulativeSpendFen).ShouldBe((0L, 0L));
    }

    private async Task<Guid> CustomerWithPointsAsync(Guid tenant, long points)
    {
        var customer = Guid.NewGuid();
        var store = Guid.NewGuid();
        await AddRuleAsync(tenant, new RebateRule(Guid.CreateVersion7(), tenant, "测试", store, RebateBasis.TotalSpend, [], 100, null, null));
        // 100 points per 100 yuan: spend exactly `points` yuan.
        await MoveAsync(tenant, m => m.EarnForSpendAsync(customer, tenant, store, [new SpendLine("room", points * 100)], PointsDocumentType.BookingSettlement,
            "seed", "earn:seed", default));
        (await AccountAsync(customer)).Balance.ShouldBe(points);
        return customer;
    }

    private async Task<T> MoveAsync<T>(Guid tenant, Func<PointsManager, Task<T>> move)
    {
        await using var scope = _services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant);
        var unitOfWork = scope.ServiceProvider.GetRequiredService<IUnitOfWork>();
        await using var transaction = await unitOfWork.BeginTransactionAsync(default);
        var result = await move(scope.ServiceProvider.GetRequiredService<PointsManager>());
        await unitOfWork.SaveChangesAsync(default);
        await transaction.CommitAsync(default);
        return result;
    }

    private async Task AddRuleAsync(Guid tenant, RebateRule rule)
    {
        await using var scope = _services.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant);
        var db = scope.ServiceProvider.GetRequiredService<LocalLifeDbContext>();
        db.RebateRules.Add(rule);
        await db.SaveChangesAsync();
    }

    private async Task<PointsAccount> AccountAsync(Guid customer)
    {
        await using var scope = _services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<IPointsRepository>().FindAccountAsync(customer, default))!;
    }

    private async Task<string> NamesOfRuleAsync(Guid ruleId)
    {
        await using var scope = _services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ILoyaltyQueries>().GetRuleNamesAsync([ruleId], default))[ruleId];
    }

    private async Task<long> SettledPointsAsync(DateOnly today)
    {
        await using var scope = _services.CreateAsyncScope();
        var lines = await scope.ServiceProvider.GetRequiredService<ILoyaltyQueries>().GetSettlementAsync(
            DateTimeOffset.UtcNow.AddDays(-2), DateTimeOffset.UtcNow.AddDays(1), _tea, default);
        return lines.Where(l => l.EarnedAtTenantId == _ktv && l.SpentAtTenantId == _tea).Sum(l => l.Points);
    }
}
