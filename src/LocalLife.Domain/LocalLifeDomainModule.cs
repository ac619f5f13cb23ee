using LocalLife.MultiTenancy;
using LocalLife.Payments;
using LocalLife.Tenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalLife;

public static class LocalLifeDomainModule
{
    public static IServiceCollection AddLocalLifeDomain(this IServiceCollection services)
    {
        services.TryAddSingleton<ICurrentTenant, CurrentTenant>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddScoped<TenantManager>();
        services.AddScoped<Catalog.StoreManager>();
        services.AddScoped<Spaces.SpaceManager>();
        services.AddScoped<Loyalty.PointsManager>();
        services.AddScoped<Bookings.BookingManager>();
        services.AddScoped<Entities.IDomainEventHandler<Spaces.SpaceStatusChanged>, Spaces.SpaceStatusHistoryHandler>();
        services.AddScoped<PaymentManager>();
        services.AddScoped<Ordering.CartPricer>();
        services.AddScoped<Ordering.OrderManager>();
        services.AddScoped<Marketing.CouponManager>();
        services.AddScoped<Marketing.ComboManager>();
        services.AddScoped<Marketing.ActivityOffers>();
        services.AddScoped<Marketing.MallManager>();
        return services;
    }
}
