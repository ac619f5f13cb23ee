using System.Security.Claims;
using LocalLife.Identity;
using LocalLife.MultiTenancy;

namespace LocalLife.Security;

/// <summary>The caller as the access token describes them (claim names as OpenIddict issues them).</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor http) : ICurrentUser, ICurrentPrincipalAccessor
{
    private static readonly ClaimsPrincipal Anonymous = new(new ClaimsIdentity());

    public ClaimsPrincipal Principal => http.HttpContext?.User ?? Anonymous;

    public bool IsAuthenticated => Principal.Identity?.IsAuthenticated == true && Id is not null;

    public Guid? Id => Guid.TryParse(Principal.FindFirst("sub")?.Value, out var id) && Principal.FindFirst(LocalLifeClaimTypes.UserKind) is not null ? id : null;

    public string? UserName => Principal.FindFirst("name")?.Value;

    public Guid? TenantId => Guid.TryParse(Principal.FindFirst(LocalLifeClaimTypes.TenantId)?.Value, out var id) ? id : null;

    public UserKind? Kind => Enum.TryParse<UserKind>(Principal.FindFirst(LocalLifeClaimTypes.UserKind)?.Value, out var kind) ? kind : null;

    public IReadOnlyList<string> Roles => Principal.FindAll("role").Select(c => c.Value).ToList();
}
