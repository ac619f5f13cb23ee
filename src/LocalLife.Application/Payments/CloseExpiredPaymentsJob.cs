using LocalLife.BackgroundJobs;

namespace LocalLife.Payments;

public sealed record CloseExpiredPaymentsArgs;

/// <summary>Recurring (every minute, as the host): closes unpaid payments whose 15-minute window ended.</summary>
public sealed class CloseExpiredPaymentsJob(PaymentJobs jobs) : IBackgroundJob<CloseExpiredPaymentsArgs>
{
    public const string RecurringId = "payments-close-expired";

    public Task ExecuteAsync(CloseExpiredPaymentsArgs args, CancellationToken ct) => jobs.CloseExpiredAsync(null, ct);
}
