using LocalLife.BackgroundJobs;
using LocalLife.Entities;
using LocalLife.Identity;
using Microsoft.Extensions.Logging;

namespace LocalLife.Loyalty;

public sealed record BirthdayBonusArgs;

/// <summary>
/// Recurring (daily): customers whose birthday is today (China date) get their member level's birthday bonus, once a
/// year (the key carries the year). Those born on 29 February are celebrated on 28 February in other years.
/// </summary>
public sealed class BirthdayBonusJob(
    IIdentityUserRepository users,
    IPointsRepository points,
    PointsManager manager,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    ILogger<BirthdayBonusJob> logger) : IBackgroundJob<BirthdayBonusArgs>
{
    public const string RecurringId = "points-birthday-bonus";
    private static readonly TimeZoneInfo China = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public Task ExecuteAsync(BirthdayBonusArgs args, CancellationToken ct) =>
        GrantAsync(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), China).DateTime), ct);

    /// <summary>Grants the bonus for <paramref name="today"/>; returns how many customers got one. Safe to run again.</summary>
    public async Task<int> GrantAsync(DateOnly today, CancellationToken ct)
    {
        var settings = await points.GetSettingsAsync(ct);
        var customers = (await users.GetCustomersBornOnAsync(today.Month, today.Day, ct)).ToList();
        if (today is { Month: 2, Day: 28 } && !DateTime.IsLeapYear(today.Year))
            customers.AddRange(await users.GetCustomersBornOnAsync(2, 29, ct));

        var granted = 0;
        foreach (var customer in customers)
        {
            var spend = (await points.FindAccountAsync(customer, ct))?.CumulativeSpendFen ?? 0;
            var level = settings.LevelFor(spend);
            if (level.BirthdayBonusPoints <= 0) continue;
            await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
            await manager.GrantBonusAsync(customer, level.BirthdayBonusPoints, $"生日礼 / birthday bonus ({level.Code})", $"birthday:{today.Year}", ct);
            await unitOfWork.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            granted++;
        }
        logger.LogInformation("Birthday bonus for {Today}: {Count} customers", today, granted);
        return granted;
    }
}
