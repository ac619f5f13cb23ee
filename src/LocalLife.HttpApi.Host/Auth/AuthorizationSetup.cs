using LocalLife.Identity;
using LocalLife.MultiTenancy;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using OpenIddict.Validation.AspNetCore;

namespace LocalLife.Auth;

/// <summary>Policies of host-only pages (not API route groups).</summary>
public static class LocalLifeHostPolicies
{
    public const string JobsDashboard = "LocalLife.Page.JobsDashboard";
}

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
                .RequireClaim(LocalLifeClaimTypes.UserKind, nameof(UserKind.Customer)))
            // A page for people: the sign-in cookie or a token. The platform checks come first, so a merchant owner
            // (super role of its own side) is never mistaken for a holder of host permissions.
            .AddPolicy(LocalLifeHostPolicies.JobsDashboard, p => p
                .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme, AuthenticationSetup.LoginScheme)
                .RequireAuthenticatedUser()
                .RequireClaim(LocalLifeClaimTypes.UserKind, nameof(UserKind.Platform))
                .RequireAssertion(c => !c.User.HasClaim(x => x.Type == LocalLifeClaimTypes.TenantId))
                .AddRequirements(new PermissionRequirement(LocalLifePermissions.BackgroundJobs.Dashboard)));
        return services;
    }
}
