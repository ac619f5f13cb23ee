using LocalLife.Common;

namespace LocalLife.Identity;

public sealed record StaffDto(
    Guid Id,
    string UserName,
    string DisplayName,
    string? PhoneNumber,
    string? Email,
    bool IsActive,
    IReadOnlyList<string> Roles,
    DateTimeOffset CreationTime,
    string ConcurrencyStamp);

public sealed record CreateStaffDto
{
    public string UserName { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string Password { get; init; } = "";
    public string? PhoneNumber { get; init; }
    public string? Email { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
}

public sealed record UpdateStaffDto
{
    public string DisplayName { get; init; } = "";
    public string? PhoneNumber { get; init; }
    public string? Email { get; init; }
    public IReadOnlyList<string> Roles { get; init; } = [];
    public string ConcurrencyStamp { get; init; } = "";
}

public sealed record ResetPasswordDto
{
    public string NewPassword { get; init; } = "";
}

public sealed record GetStaffInput : PagedRequestDto
{
    public string? Filter { get; init; }
    public string? Role { get; init; }
    public bool? IsActive { get; init; }
}
