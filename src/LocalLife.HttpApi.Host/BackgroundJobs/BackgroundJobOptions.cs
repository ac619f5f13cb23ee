namespace LocalLife.BackgroundJobs;

/// <summary>Configuration section <c>BackgroundJobs</c>.</summary>
public sealed class BackgroundJobOptions
{
    public const string Section = "BackgroundJobs";
    public const string Schema = "hangfire";

    /// <summary>Run a Hangfire server in this host (every host may; they share the work through PostgreSQL).</summary>
    public bool Server { get; set; } = true;

    public int WorkerCount { get; set; } = 4;

    /// <summary>How often due delayed jobs and new queue items are looked for.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    public int OutboxRetentionDays { get; set; } = 7;

    /// <summary>Cron of the outbox cleanup (UTC), daily at 03:00 by default.</summary>
    public string OutboxCleanupCron { get; set; } = "0 3 * * *";

    /// <summary>Unpaid payments are closed once their 15-minute window ends: checked every minute.</summary>
    public string CloseExpiredPaymentsCron { get; set; } = "* * * * *";

    /// <summary>Points expire daily, at 04:00 China time (20:00 UTC).</summary>
    public string PointsExpiryCron { get; set; } = "0 20 * * *";

    /// <summary>Birthday bonuses at 00:10 China time (16:10 UTC).</summary>
    public string BirthdayBonusCron { get; set; } = "10 16 * * *";
}
