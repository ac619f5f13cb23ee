using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Marketing;

public static class MarketingModule
{
    /// <summary>Coupons (templates, claims, the new-customer gift), limited-time activities and the points mall.</summary>
    public static IServiceCollection AddMarketing(this IServiceCollection services)
    {
        services.AddScoped<NewCustomerGifts>();
        services.AddScoped<ICustomerCouponAppService, CustomerCouponAppService>();
        services.AddScoped<CouponTemplates>();
        services.AddScoped<ICouponTemplateAppService, CouponTemplateAppService>();
        services.AddScoped<IHostCouponTemplateAppService, HostCouponTemplateAppService>();
        services.AddScoped<IActivityAppService, ActivityAppService>();
        services.AddScoped<ICustomerMallAppService, CustomerMallAppService>();
        services.AddScoped<MallItems>();
        services.AddScoped<IMallItemAppService, MallItemAppService>();
        services.AddScoped<IHostMallItemAppService, HostMallItemAppService>();
        return services;
    }
}
