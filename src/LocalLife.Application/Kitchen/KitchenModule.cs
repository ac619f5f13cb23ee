using LocalLife.Entities;
using LocalLife.Ordering;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Kitchen;

public static class KitchenModule
{
    /// <summary>Station tickets of accepted orders and the kitchen display. Call after AddOrdering: its handlers run first.</summary>
    public static IServiceCollection AddKitchen(this IServiceCollection services)
    {
        services.AddScoped<IKitchenAppService, KitchenAppService>();
        services.AddScoped<IDomainEventHandler<OrderStatusChanged>, KitchenTicketHandler>();
        services.AddScoped<IDomainEventHandler<KitchenTicketChanged>, KitchenTicketHandler>();
        return services;
    }
}
