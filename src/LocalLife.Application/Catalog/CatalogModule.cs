using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Catalog;

public static class CatalogModule
{
    /// <summary>Categories, stores and what customers browse, with the cache in front of the customer catalog.</summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services)
    {
        services.AddDistributedMemoryCache(); // the host replaces it with Redis when configured
        services.AddSingleton<CatalogCache>();
        services.AddSingleton<ICatalogChangeNotifier>(sp => sp.GetRequiredService<CatalogCache>());
        services.AddScoped<ICategoryAppService, CategoryAppService>();
        services.AddScoped<IStoreAppService, StoreAppService>();
        services.AddScoped<ICustomerCatalogAppService, CustomerCatalogAppService>();
        services.AddScoped<CustomerVisibility>();
        return services;
    }
}
