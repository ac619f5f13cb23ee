namespace LocalLife.Identity;

/// <summary>Who is signed in and what they may do: the admin app shows menus and buttons from this.</summary>
public sealed record CurrentUserDto(
    Guid Id,
    string UserName,
    string DisplayName,
    UserKind Kind,
    Guid? TenantId,
    string? TenantName,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions);
