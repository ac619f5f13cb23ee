using LocalLife.BackgroundJobs;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Eventing;

public static class EventingModule
{
    /// <summary>The operators' view of the outbox and dead letters, and the job that trims published outbox rows.</summary>
    public static IServiceCollection AddEventing(this IServiceCollection services)
    {
        services.AddScoped<IEventAdminAppService, EventAdminAppService>();
        services.AddScoped<OutboxCleanupJob>();
        return services;
    }
}
