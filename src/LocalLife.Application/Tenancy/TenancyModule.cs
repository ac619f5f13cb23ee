using LocalLife.Entities;
using LocalLife.Eventing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Tenancy;

public static class TenancyModule
{
    /// <summary>Merchants (tenants) and the real-time push of their status changes.</summary>
    public static IServiceCollection AddTenancy(this IServiceCollection services)
    {
        services.AddScoped<ITenantAppService, TenantAppService>();
        services.AddScoped<IDomainEventHandler<TenantStatusChanged>, TenantStatusChangedPublisher>();
        services.AddDistributedEventHandler<TenantStatusChangedEto, TenantStatusRealtimeHandler>();
        return services;
    }
}
