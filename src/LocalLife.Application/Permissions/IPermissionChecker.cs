using System.Security.Claims;

namespace LocalLife.Permissions;

/// <summary>Answers "may this caller do X?" for the authorization policies and for the current-user endpoint.</summary>
public interface IPermissionChecker
{
    Task<bool> IsGrantedAsync(ClaimsPrincipal principal, string permission, CancellationToken ct);

    Task<IReadOnlyList<string>> GetGrantedAsync(ClaimsPrincipal principal, CancellationToken ct);
}
