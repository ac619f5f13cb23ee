using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using LocalLife.Auth;

namespace LocalLife.BackgroundJobs;

internal static class BackgroundJobsSetup
{
    public const string DashboardPath = "/hangfire";

    /// <summary>
    /// Hangfire on PostgreSQL (schema <c>hangfire</c>, created by the migrator: the app's role owns nothing). Storage and
    /// activator are this host's DI singletons rather than Hangfire's process-wide statics, so two hosts in one process
    /// (the integration tests) never share a storage or resolve each other's services.
    /// </summary>
    public static IServiceCollection AddLocalLifeBackgroundJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(BackgroundJobOptions.Section);
        services.Configure<BackgroundJobOptions>(section);
        var options = section.Get<BackgroundJobOptions>() ?? new BackgroundJobOptions();
        var connectionString = configuration.GetConnectionString("Default")!;

        var storageOptions = new PostgreSqlStorageOptions
        {
            SchemaName = BackgroundJobOptions.Schema,
            PrepareSchemaIfNecessary = false,
            QueuePollInterval = options.PollInterval,
        };
        services.AddSingleton<JobStorage>(_ => new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, storageOptions), storageOptions));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        if (options.Server)
        {
            services.AddHangfireServer((_, server) =>
            {
                server.WorkerCount = options.WorkerCount;
                server.SchedulePollingInterval = options.PollInterval;
                server.ServerName = $"{Environment.MachineName}:{Environment.ProcessId}";
            });
        }
        services.AddScoped<IBackgroundJobScheduler, HangfireBackgroundJobScheduler>();
        services.AddHostedService<RecurringJobsRegistration>();
        return services;
    }

    /// <summary>The dashboard for platform operators only, behind the same authorization as the API (cookie or token).</summary>
    public static void MapLocalLifeDashboard(this WebApplication app) =>
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions { Authorization = [], AsyncAuthorization = [], AppPath = "/" },
                app.Services.GetRequiredService<JobStorage>())
            .RequireAuthorization(LocalLifeHostPolicies.JobsDashboard);
}
