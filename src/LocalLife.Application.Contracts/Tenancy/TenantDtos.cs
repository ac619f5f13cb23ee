using LocalLife.Common;

namespace LocalLife.Tenancy;

public sealed record TenantDto(
    Guid Id,
    string Name,
    string DisplayName,
    string? ContactName,
    string? ContactPhone,
    string? ContactEmail,
    TenantStatus Status,
    IReadOnlyList<string> EnabledCategories,
    DateTimeOffset CreationTime,
    string ConcurrencyStamp);

public sealed record CreateTenantDto
{
    public string Name { get; init; } = "";
    public string DisplayName { get; init; } = "";
    public string? ContactName { get; init; }
    public string? ContactPhone { get; init; }
    public string? ContactEmail { get; init; }
    public IReadOnlyList<string> EnabledCategories { get; init; } = [];
    public string AdminUserName { get; init; } = "";
    public string AdminPassword { get; init; } = "";
    public string? AdminDisplayName { get; init; }
}

public sealed record UpdateTenantDto
{
    public string DisplayName { get; init; } = "";
    public string? ContactName { get; init; }
    public string? ContactPhone { get; init; }
    public string? ContactEmail { get; init; }
    public IReadOnlyList<string> EnabledCategories { get; init; } = [];
    public string ConcurrencyStamp { get; init; } = "";
}

public sealed record GetTenantsInput : PagedRequestDto
{
    public string? Filter { get; init; }
    public TenantStatus? Status { get; init; }
}
