using LocalLife.Entities;
using LocalLife.Eventing;
using LocalLife.Kitchen;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Dispatch;

public static class DispatchModule
{
    /// <summary>Waiters on duty, delivery tasks and their offers, and the live pushes to the staff screens.</summary>
    public static IServiceCollection AddDispatch(this IServiceCollection services)
    {
        services.AddDistributedEventHandler<KitchenTicketChangedEto, OperationsRealtimeHandlers>();
        services.AddOptions<DispatchSettings>();
        services.AddScoped<DeliveryDispatcher>();
        services.AddScoped<DispatchJobs>();
        services.AddScoped<ReassignDeliveryJob>();
        services.AddScoped<IDispatchAppService, DispatchAppService>();
        services.AddScoped<IDomainEventHandler<DeliveryTaskChanged>, DeliveryTaskPublisher>();
        services.AddDistributedEventHandler<DeliveryTaskChangedEto, OperationsRealtimeHandlers>();
        return services;
    }
}
