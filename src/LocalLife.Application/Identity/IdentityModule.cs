using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Identity;

public static class IdentityModule
{
    /// <summary>Staff, roles, the current user's account, customers' WeChat sign-in, and the static roles' seeding.</summary>
    public static IServiceCollection AddIdentity(this IServiceCollection services)
    {
        services.AddScoped<StaticRoleSeeder>();
        services.AddScoped<UserProvisioner>();
        services.AddScoped<IStaffAppService, StaffAppService>();
        services.AddScoped<IRoleAppService, RoleAppService>();
        services.AddScoped<IAccountAppService, AccountAppService>();
        services.AddScoped<ICustomerAccountAppService, CustomerAccountAppService>();
        services.AddScoped<WeChatCustomerSignIn>();
        return services;
    }
}
