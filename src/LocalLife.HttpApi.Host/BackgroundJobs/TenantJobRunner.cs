using Hangfire;
using LocalLife.MultiTenancy;

namespace LocalLife.BackgroundJobs;

/// <summary>
/// What Hangfire stores and invokes: the job type, its arguments and the tenant captured at enqueue. The job is
/// created only after the tenant is restored, inside Hangfire's per-job DI scope, so everything it resolves works as
/// that tenant (EF filter and row-level security alike).
/// </summary>
public sealed class TenantJobRunner<TJob, TArgs>(IServiceProvider services, ICurrentTenant currentTenant)
    where TJob : IBackgroundJob<TArgs>
{
    [AutomaticRetry(Attempts = 5)]
    public async Task RunAsync(Guid? tenantId, TArgs args, CancellationToken ct)
    {
        using (currentTenant.Change(tenantId))
        {
            var job = ActivatorUtilities.GetServiceOrCreateInstance<TJob>(services);
            await job.ExecuteAsync(args, ct);
        }
    }
}
