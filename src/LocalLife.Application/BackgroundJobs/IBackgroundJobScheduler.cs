namespace LocalLife.BackgroundJobs;

/// <summary>
/// Enqueues jobs that run later on any host (Hangfire). The current tenant is captured now and restored when the job
/// runs. Due times are absolute, computed by the caller from the injected <see cref="TimeProvider"/>, so a test that
/// moves a fake clock decides what is due.
/// </summary>
public interface IBackgroundJobScheduler
{
    string Enqueue<TJob, TArgs>(TArgs args) where TJob : IBackgroundJob<TArgs>;

    string Schedule<TJob, TArgs>(TArgs args, DateTimeOffset runAt) where TJob : IBackgroundJob<TArgs>;
}
