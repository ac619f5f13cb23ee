using System.Security.Claims;
using LocalLife.Identity;
using LocalLife.MultiTenancy;
using LocalLife.Tenancy;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LocalLife.Auth;

/// <summary>
/// The claims LocalLife tokens carry for a user: subject, names, roles, kind and tenant. The security stamp is
/// kept in codes and refresh tokens only (no destination), so a changed password or deactivation ends refreshes.
/// </summary>
public sealed class UserPrincipalFactory(UserManager<AppUser> users, ICurrentTenant currentTenant)
{
    public const string SecurityStampClaim = "locallife_security_stamp";

    public async Task<ClaimsPrincipal> CreateAsync(AppUser user, Tenant? tenant, IEnumerable<string> scopes, string authenticationType)
    {
        var identity = new ClaimsIdentity(authenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, user.Id.ToString())
            .SetClaim(Claims.Name, user.UserName)
            .SetClaim(Claims.PreferredUsername, user.DisplayName)
            .SetClaim(LocalLifeClaimTypes.UserKind, user.Kind.ToString())
            .SetClaim(SecurityStampClaim, user.SecurityStamp);
        if (tenant is not null)
        {
            identity.SetClaim(LocalLifeClaimTypes.TenantId, tenant.Id.ToString())
                .SetClaim(LocalLifeClaimTypes.TenantName, tenant.Name);
        }
        // Roles are tenant-owned rows: read them as the user's own tenant.
        using (currentTenant.Change(tenant?.Id, tenant?.Name))
            identity.SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(scopes);
        principal.SetDestinations(Destinations);
        return principal;
    }

    public static IEnumerable<string> Destinations(Claim claim) => claim.Type switch
    {
        SecurityStampClaim => [],
        Claims.Name or Claims.PreferredUsername when claim.Subject!.HasScope(Scopes.Profile) => [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken],
        Claims.Role when claim.Subject!.HasScope(Scopes.Roles) => [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken],
        LocalLifeClaimTypes.TenantId or LocalLifeClaimTypes.TenantName => [OpenIddictConstants.Destinations.AccessToken, OpenIddictConstants.Destinations.IdentityToken],
        _ => [OpenIddictConstants.Destinations.AccessToken],
    };
}
