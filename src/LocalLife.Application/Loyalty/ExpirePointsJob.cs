using LocalLife.BackgroundJobs;
using LocalLife.Entities;
using LocalLife.RealTime;
using Microsoft.Extensions.Logging;

namespace LocalLife.Loyalty;

public sealed record ExpirePointsArgs(int BatchSize);

/// <summary>
/// Recurring (daily, as the host): expires lots whose validity ended, customer by customer (each in its own
/// transaction with the account locked), and tells each customer what expired.
/// </summary>
public sealed class ExpirePointsJob(
    IPointsRepository points,
    PointsManager manager,
    IUnitOfWork unitOfWork,
    IRealtimeNotifier notifier,
    TimeProvider clock,
    ILogger<ExpirePointsJob> logger) : IBackgroundJob<ExpirePointsArgs>
{
    public const string RecurringId = "points-expiry";

    public async Task ExecuteAsync(ExpirePointsArgs args, CancellationToken ct) => await ExpireAsync(clock.GetUtcNow(), args.BatchSize, ct);

    /// <summary>Expires everything due at <paramref name="now"/>; returns the points expired. Safe to run again.</summary>
    public async Task<long> ExpireAsync(DateTimeOffset now, int batchSize, CancellationToken ct)
    {
        long total = 0;
        var done = new HashSet<Guid>();
        while (true)
        {
            // Each customer once per run: a batch made only of customers already handled means nothing more can expire now.
            var customers = (await points.GetCustomersWithExpiredLotsAsync(now, batchSize, ct)).Where(done.Add).ToList();
            if (customers.Count == 0) break;
            foreach (var customer in customers)
            {
                await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
                var entries = await manager.ExpireAsync(customer, now, ct);
                await unitOfWork.SaveChangesAsync(ct);
                await transaction.CommitAsync(ct);
                var expired = -entries.Sum(e => e.Amount);
                total += expired;
                if (expired > 0)
                    await notifier.ToUserAsync(customer, RealtimeMethods.PointsExpired, new { Points = expired, Balance = entries[^1].BalanceAfter }, ct);
            }
        }
        logger.LogInformation("Points expiry at {Now}: {Points} points expired", now, total);
        return total;
    }
}
