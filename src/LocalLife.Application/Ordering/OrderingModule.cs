using LocalLife.Entities;
using LocalLife.Eventing;
using LocalLife.Payments;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Ordering;

public static class OrderingModule
{
    /// <summary>Menus, carts and scan-to-order: an order's life cycle, its deadlines, live pushes and notifications.</summary>
    public static IServiceCollection AddOrdering(this IServiceCollection services)
    {
        services.AddOptions<OrderingOptions>();
        services.AddScoped<StockNotifier>();
        services.AddScoped<Recommender>();
        services.AddScoped<OrderLifecycle>();
        services.AddScoped<OrderJobs>();
        services.AddScoped<ExpireUnpaidOrderJob>();
        services.AddScoped<EscalateOrderJob>();
        services.AddScoped<CancelUnacceptedOrderJob>();
        services.AddScoped<CompleteDeliveredOrderJob>();
        services.AddScoped<IMenuAppService, MenuAppService>();
        services.AddScoped<ICustomerMenuAppService, CustomerMenuAppService>();
        services.AddScoped<ICartAppService, CartAppService>();
        services.AddScoped<ICustomerOrderAppService, CustomerOrderAppService>();
        services.AddScoped<IOrderAppService, OrderAppService>();
        services.AddKeyedScoped<IPayableHandler, OrderPayableHandler>(PaymentKind.MenuOrder);
        services.AddScoped<IDomainEventHandler<OrderStatusChanged>, OrderEventPublisher>();
        services.AddDistributedEventHandler<OrderStatusChangedEto, OrderRealtimeHandlers>();
        services.AddDistributedEventHandler<OrderEscalatedEto, OrderRealtimeHandlers>();
        services.AddDistributedEventHandler<StockLowEto, OrderRealtimeHandlers>();
        services.AddOptions<NotificationOptions>();
        services.AddDistributedEventHandler<OrderStatusChangedEto, OrderNotificationHandler>();
        return services;
    }
}
