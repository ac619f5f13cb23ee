using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Loyalty;

public static class LoyaltyModule
{
    /// <summary>Points, member levels, rebate rules, settlement between merchants, and the points jobs.</summary>
    public static IServiceCollection AddLoyalty(this IServiceCollection services)
    {
        services.AddScoped<SettlementReport>();
        services.AddScoped<ILoyaltyAppService, LoyaltyAppService>();
        services.AddScoped<IRebateRuleAppService, RebateRuleAppService>();
        services.AddScoped<ILoyaltySettingsAppService, LoyaltySettingsAppService>();
        services.AddScoped<ExpirePointsJob>();
        services.AddScoped<BirthdayBonusJob>();
        return services;
    }
}
