using LocalLife.Eventing;
using Microsoft.Extensions.Logging;

namespace LocalLife.BackgroundJobs;

public sealed record OutboxCleanupArgs(int RetentionDays);

/// <summary>
/// Housekeeping (recurring, as the host): published outbox rows and inbox records older than the retention are
/// deleted. Inbox records must outlive any redelivery, so the retention is days, not minutes.
/// </summary>
public sealed class OutboxCleanupJob(IOutboxRepository outbox, TimeProvider clock, ILogger<OutboxCleanupJob> logger) : IBackgroundJob<OutboxCleanupArgs>
{
    public const string RecurringId = "outbox-cleanup";

    public async Task ExecuteAsync(OutboxCleanupArgs args, CancellationToken ct)
    {
        var before = clock.GetUtcNow().AddDays(-Math.Max(1, args.RetentionDays));
        var (outboxRows, inboxRows) = await outbox.DeleteProcessedBeforeAsync(before, ct);
        logger.LogInformation("Outbox cleanup before {Before}: {Outbox} outbox rows, {Inbox} inbox records deleted", before, outboxRows, inboxRows);
    }
}
