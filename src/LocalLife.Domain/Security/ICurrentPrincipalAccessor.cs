using System.Security.Claims;

namespace LocalLife.Security;

/// <summary>The caller's claims principal (from the HTTP context in the host; empty in jobs).</summary>
public interface ICurrentPrincipalAccessor
{
    ClaimsPrincipal Principal { get; }
}
