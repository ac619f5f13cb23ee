using LocalLife.Identity;
using LocalLife.MultiTenancy;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace LocalLife.Auth;

internal static class AuthorizationSetup
{
    public static IServiceCollection AddLocalLifeAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddScoped<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        services.AddAuthorizationBuilder()
            .AddPolicy(LocalLifePolicies.Host, p => p.RequireAuthenticatedUser()
                .RequireClaim(LocalLifeClaimTypes.UserKind, nameof(UserKind.Platform))
                .RequireAssertion(c => !c.User.HasClaim(x => x.Type == LocalLifeClaimTypes.TenantId)))
            .AddPolicy(LocalLifePolicies.Merchant, p => p.RequireAuthenticatedUser()
                .RequireClaim(LocalLifeClaimTypes.TenantId)
                .RequireAssertion(c => c.User.FindFirst(LocalLifeClaimTypes.UserKind) is not { } kind || kind.Value == nameof(UserKind.Merchant)))
            .AddPolicy(LocalLifePolicies.Customer, p => p.RequireAuthenticatedUser()
                .RequireClaim(LocalLifeClaimTypes.UserKind, nameof(UserKind.Customer)));
        return services;
    }
}
