using LocalLife.Identity;

namespace LocalLife.Security;

/// <summary>The caller, read from the access token. Empty for anonymous calls and background jobs.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    Guid? Id { get; }
    string? UserName { get; }
    Guid? TenantId { get; }
    UserKind? Kind { get; }
    IReadOnlyList<string> Roles { get; }

    Guid GetId() => Id ?? throw new InvalidOperationException("No authenticated user.");
}
