using System.Security.Claims;

namespace LocalLife.Permissions;

/// <summary>Answers "may this caller do X?" for the authorization policies, the current-user endpoint and the use cases.</summary>
public interface IPermissionChecker
{
    /// <summary>
    /// The check an application service makes first: throws unless the current caller holds <paramref name="permission"/>
    /// in the tenant it works in — <c>LocalLife:Unauthorized</c> when nobody is signed in, <c>LocalLife:Forbidden</c> otherwise.
    /// </summary>
    Task CheckAsync(string permission, CancellationToken ct);

    Task<bool> IsGrantedAsync(ClaimsPrincipal principal, string permission, CancellationToken ct);

    Task<IReadOnlyList<string>> GetGrantedAsync(ClaimsPrincipal principal, CancellationToken ct);
}
