using System.Security.Claims;
using LocalLife.Identity;

namespace LocalLife.Security;

/// <summary>No caller: the migrator, seeders and background work outside a request.</summary>
public sealed class AnonymousCurrentUser : ICurrentUser, ICurrentPrincipalAccessor
{
    public bool IsAuthenticated => false;
    public Guid? Id => null;
    public string? UserName => null;
    public Guid? TenantId => null;
    public UserKind? Kind => null;
    public IReadOnlyList<string> Roles => [];
    public ClaimsPrincipal Principal { get; } = new(new ClaimsIdentity());
}
