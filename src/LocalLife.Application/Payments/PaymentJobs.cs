using LocalLife.Errors;
using LocalLife.MultiTenancy;
using Microsoft.Extensions.Logging;

namespace LocalLife.Payments;

/// <summary>
/// Timers of the payments feature. <see cref="CloseExpiredAsync"/> is meant to run every minute as a recurring
/// Hangfire job (issue #3 brings Hangfire): <c>RecurringJob.AddOrUpdate&lt;PaymentJobs&gt;("payments:close-expired",
/// j => j.CloseExpiredAsync(null, CancellationToken.None), Cron.Minutely())</c>. Safe to run on every host at once:
/// each payment is closed under its row lock, and a second close finds it closed.
/// </summary>
public sealed class PaymentJobs(
    IPaymentRepository payments,
    PaymentProcessor processor,
    ICurrentTenant currentTenant,
    TimeProvider clock,
    ILogger<PaymentJobs> logger)
{
    public const int BatchSize = 200;

    /// <summary>Closes (at WeChat Pay, then here) unpaid payments whose 15-minute window ended; returns how many closed.</summary>
    /// <param name="now">The moment to judge expiry by; null is the clock's now.</param>
    public async Task<int> CloseExpiredAsync(DateTimeOffset? now, CancellationToken ct)
    {
        var expired = await payments.GetExpiredAcrossTenantsAsync(now ?? clock.GetUtcNow(), BatchSize, ct);

        var closed = 0;
        foreach (var (id, tenantId) in expired)
        {
            using (currentTenant.Change(tenantId))
            {
                try
                {
                    if ((await processor.CloseAsync(id, ct)).Status == PaymentStatus.Closed) closed++;
                }
                catch (BusinessException e)
                {
                    // WeChat unreachable: the next run tries again.
                    logger.LogWarning("Could not close expired payment {PaymentId}: {Code} {Message}", id, e.Code, e.Message);
                }
            }
        }
        return closed;
    }
}
