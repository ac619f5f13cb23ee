using Hangfire;
using LocalLife.MultiTenancy;

namespace LocalLife.BackgroundJobs;

internal sealed class HangfireBackgroundJobScheduler(IBackgroundJobClient client, ICurrentTenant currentTenant) : IBackgroundJobScheduler
{
    public string Enqueue<TJob, TArgs>(TArgs args) where TJob : IBackgroundJob<TArgs>
    {
        var tenantId = currentTenant.Id;
        return client.Enqueue<TenantJobRunner<TJob, TArgs>>(runner => runner.RunAsync(tenantId, args, CancellationToken.None));
    }

    public string Schedule<TJob, TArgs>(TArgs args, DateTimeOffset runAt) where TJob : IBackgroundJob<TArgs>
    {
        var tenantId = currentTenant.Id;
        return client.Schedule<TenantJobRunner<TJob, TArgs>>(runner => runner.RunAsync(tenantId, args, CancellationToken.None), runAt);
    }
}
