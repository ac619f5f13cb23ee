namespace LocalLife.BackgroundJobs;

/// <summary>
/// A unit of background work with serializable arguments. It runs in its own DI scope as the tenant that was current
/// when it was enqueued, and is retried on failure, so it must be safe to run again.
/// </summary>
public interface IBackgroundJob<in TArgs>
{
    Task ExecuteAsync(TArgs args, CancellationToken ct);
}
