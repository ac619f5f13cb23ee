using Hangfire;
using Microsoft.Extensions.Options;

namespace LocalLife.BackgroundJobs;

/// <summary>Registers the platform's recurring jobs at start-up; idempotent, so every host may do it.</summary>
internal sealed class RecurringJobsRegistration(IRecurringJobManager recurring, IOptions<BackgroundJobOptions> options) : IHostedService
{
    public Task StartAsync(CancellationToken ct)
    {
        var settings = options.Value;
        recurring.AddOrUpdate<TenantJobRunner<OutboxCleanupJob, OutboxCleanupArgs>>(OutboxCleanupJob.RecurringId,
            runner => runner.RunAsync(null, new OutboxCleanupArgs(settings.OutboxRetentionDays), CancellationToken.None),
            settings.OutboxCleanupCron);
        recurring.AddOrUpdate<TenantJobRunner<Payments.CloseExpiredPaymentsJob, Payments.CloseExpiredPaymentsArgs>>(Payments.CloseExpiredPaymentsJob.RecurringId,
            runner => runner.RunAsync(null, new Payments.CloseExpiredPaymentsArgs(), CancellationToken.None),
            settings.CloseExpiredPaymentsCron);
        recurring.AddOrUpdate<TenantJobRunner<Loyalty.ExpirePointsJob, Loyalty.ExpirePointsArgs>>(Loyalty.ExpirePointsJob.RecurringId,
            runner => runner.RunAsync(null, new Loyalty.ExpirePointsArgs(500), CancellationToken.None),
            settings.PointsExpiryCron);
        recurring.AddOrUpdate<TenantJobRunner<Loyalty.BirthdayBonusJob, Loyalty.BirthdayBonusArgs>>(Loyalty.BirthdayBonusJob.RecurringId,
            runner => runner.RunAsync(null, new Loyalty.BirthdayBonusArgs(), CancellationToken.None),
            settings.BirthdayBonusCron);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken ct) => Task.CompletedTask;
}
