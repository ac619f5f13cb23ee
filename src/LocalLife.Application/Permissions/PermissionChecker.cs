using System.Security.Claims;
using LocalLife.Errors;
using LocalLife.Identity;
using LocalLife.MultiTenancy;
using LocalLife.Security;

namespace LocalLife.Permissions;

/// <summary>
/// Users get permissions from their roles, read live from the database once per request (shared by the HTTP policy and
/// the use case's own check), so a revoked grant or a deactivated account takes effect at once. Integrator clients
/// (client credentials) carry their granted permissions in the token. The super role of a side holds every permission of that side.
/// </summary>
public sealed class PermissionChecker(IPermissionStore store, ICurrentTenant currentTenant, ICurrentPrincipalAccessor caller) : IPermissionChecker
{
    /// <summary>Per caller and tenant: a scope may work in several tenants (the migrator seeds one merchant after another).</summary>
    private readonly Dictionary<(ClaimsPrincipal, Guid?), IReadOnlyList<string>> _granted = [];

    public async Task CheckAsync(string permission, CancellationToken ct)
    {
        var principal = caller.Principal;
        if (principal.Identity?.IsAuthenticated != true) throw new BusinessException(LocalLifeErrorCodes.Unauthorized);
        if (!await IsGrantedAsync(principal, permission, ct)) throw new BusinessException(LocalLifeErrorCodes.Forbidden);
    }

    public async Task<bool> IsGrantedAsync(ClaimsPrincipal principal, string permission, CancellationToken ct) =>
        (await GetGrantedAsync(principal, ct)).Contains(permission, StringComparer.Ordinal);

    public async Task<IReadOnlyList<string>> GetGrantedAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var key = (principal, currentTenant.Id);
        if (!_granted.TryGetValue(key, out var granted)) _granted[key] = granted = await LoadAsync(principal, ct);
        return granted;
    }

    private async Task<IReadOnlyList<string>> LoadAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var side = PermissionDefinitions.SideOf(currentTenant.Id);
        var ofSide = PermissionDefinitions.For(side).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var subject = principal.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? principal.FindFirst("sub")?.Value;
        if (principal.FindFirst(LocalLifeClaimTypes.UserKind) is null)
        {
            // An integrator client: what it was granted when it was registered, nothing beyond its side.
            return principal.FindAll(LocalLifeClaimTypes.Permission).Select(c => c.Value).Where(ofSide.Contains).Distinct().ToList();
        }
        if (!Guid.TryParse(subject, out var userId)) return [];
        var grants = await store.GetUserGrantsAsync(userId, ct);
        if (grants is null) return [];
        var (roles, permissions) = grants.Value;
        return roles.Any(LocalLifeRoles.IsSuper)
            ? ofSide.Order(StringComparer.Ordinal).ToList()
            : permissions.Where(ofSide.Contains).Distinct().Order(StringComparer.Ordinal).ToList();
    }
}
