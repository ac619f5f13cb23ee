namespace LocalLife.Identity;

/// <summary>Queries over users that Identity's UserManager does not offer (paging, roles of many users at once).</summary>
public interface IIdentityUserRepository
{
    Task<(IReadOnlyList<AppUser> Items, int TotalCount)> GetPageAsync(UserKind kind, string? filter, string? role, bool? isActive, int skip, int take, CancellationToken ct);

    Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> GetRoleNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct);

    Task<int> CountActiveInRoleAsync(string roleName, CancellationToken ct);

    /// <summary>Active customers whose birthday falls on this month and day.</summary>
    Task<IReadOnlyList<Guid>> GetCustomersBornOnAsync(int month, int day, CancellationToken ct);

    /// <summary>
    /// The provider key (e.g. the WeChat openid) of a user's external login. Logins are not tenant-owned, so this
    /// works while serving a tenant for a platform-wide customer.
    /// </summary>
    Task<string?> FindLoginKeyAsync(Guid userId, string loginProvider, CancellationToken ct);
}
