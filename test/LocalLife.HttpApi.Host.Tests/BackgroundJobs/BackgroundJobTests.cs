using System.Net;
using Hangfire;
using Hangfire.Storage;
using LocalLife.Errors;
using LocalLife.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.BackgroundJobs;

[Collection(ApiCollection.Name)]
public sealed class BackgroundJobTests(ApiFixture api)
{
    [Fact]
    public async Task A_delayed_job_runs_later_as_the_tenant_that_scheduled_it()
    {
        var probe = Guid.NewGuid();
        var ktv = await AllTenantsSql.ScalarAsync<Guid>(api.Database, "SELECT id FROM tenants WHERE name = 'ktv-demo'");
        var runAt = DateTimeOffset.UtcNow.AddSeconds(2);
        await using (var scope = api.Factory.Services.CreateAsyncScope())
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(ktv))
            scope.ServiceProvider.GetRequiredService<IBackgroundJobScheduler>().Schedule<TenantProbeJob, ProbeArgs>(new ProbeArgs(probe), runAt);

        var result = await TenantProbeJob.Completion(probe).Task.WaitAsync(TimeSpan.FromSeconds(20));
        result.TenantId.ShouldBe(ktv);
        result.UserTenants.ShouldBe([ktv]); // EF filter and row-level security both follow the restored tenant
        result.RanAt.ShouldBeGreaterThanOrEqualTo(runAt.AddSeconds(-1)); // Hangfire keeps due times in whole seconds
    }

    [Fact]
    public async Task A_job_enqueued_by_the_host_runs_as_the_host()
    {
        var probe = Guid.NewGuid();
        await using (var scope = api.Factory.Services.CreateAsyncScope())
            scope.ServiceProvider.GetRequiredService<IBackgroundJobScheduler>().Enqueue<TenantProbeJob, ProbeArgs>(new ProbeArgs(probe));

        var result = await TenantProbeJob.Completion(probe).Task.WaitAsync(TimeSpan.FromSeconds(20));
        result.TenantId.ShouldBeNull();
        result.UserTenants.ShouldBe([null]);
    }

    [Fact]
    public void The_platform_recurring_jobs_are_registered()
    {
        using var connection = api.Factory.Services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs().ToDictionary(j => j.Id);
        jobs.Keys.ShouldBe([OutboxCleanupJob.RecurringId, Payments.CloseExpiredPaymentsJob.RecurringId, Loyalty.ExpirePointsJob.RecurringId, Loyalty.BirthdayBonusJob.RecurringId], ignoreOrder: true);
        jobs[OutboxCleanupJob.RecurringId].Cron.ShouldBe("0 3 * * *");
        jobs[OutboxCleanupJob.RecurringId].Job.Type.ShouldBe(typeof(TenantJobRunner<OutboxCleanupJob, OutboxCleanupArgs>));
        jobs[Payments.CloseExpiredPaymentsJob.RecurringId].Cron.ShouldBe("* * * * *");
        jobs[Loyalty.ExpirePointsJob.RecurringId].Job.Type.ShouldBe(typeof(TenantJobRunner<Loyalty.ExpirePointsJob, Loyalty.ExpirePointsArgs>));
    }

    [Fact]
    public async Task The_dashboard_is_for_platform_admins_only()
    {
        var admin = await api.LoginAsync(null, "admin");
        var page = await admin.GetAsync("/hangfire");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).ShouldContain("Hangfire");

        await (await (await api.LoginAsync(null, "operator")).GetAsync("/hangfire")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLifeErrorCodes.Forbidden);
        await (await (await api.LoginAsync(ApiFixture.KtvTenant, "owner")).GetAsync("/hangfire")).ShouldBeProblemAsync(HttpStatusCode.Forbidden, LocalLifeErrorCodes.Forbidden);
        var anonymous = await api.CreateClient().GetAsync("/hangfire");
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        anonymous.Headers.Location!.ToString().ShouldContain("/account/login");
    }
}
