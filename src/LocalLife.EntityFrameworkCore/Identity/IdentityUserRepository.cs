using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Identity;

internal sealed class IdentityUserRepository(LocalLifeDbContext db) : IIdentityUserRepository
{
    public async Task<(IReadOnlyList<AppUser> Items, int TotalCount)> GetPageAsync(UserKind kind, string? filter, string? role, bool? isActive,
        int skip, int take, CancellationToken ct)
    {
        var query = db.Users.AsNoTracking().Where(u => u.Kind == kind);
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var pattern = $"%{filter.Trim()}%";
            query = query.Where(u => EF.Functions.ILike(u.UserName!, pattern) || EF.Functions.ILike(u.DisplayName, pattern) || EF.Functions.ILike(u.PhoneNumber!, pattern));
        }
        if (isActive is not null) query = query.Where(u => u.IsActive == isActive);
        if (!string.IsNullOrWhiteSpace(role))
        {
            var normalized = role.Trim().ToUpperInvariant();
            query = query.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalized)));
        }
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(u => u.UserName).Skip(skip).Take(take).ToListAsync(ct);
        return (items, total);
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> GetRoleNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct)
    {
        var pairs = await (from ur in db.UserRoles
                           join r in db.Roles on ur.RoleId equals r.Id
                           where userIds.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(ct);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Name!).Order().ToList());
    }

    public Task<int> CountActiveInRoleAsync(string roleName, CancellationToken ct)
    {
        var normalized = roleName.ToUpperInvariant();
        return db.Users.CountAsync(u => u.IsActive &&
            db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.NormalizedName == normalized)), ct);
    }

    public Task<string?> FindLoginKeyAsync(Guid userId, string loginProvider, CancellationToken ct) =>
        db.UserLogins.Where(l => l.UserId == userId && l.LoginProvider == loginProvider).Select(l => l.ProviderKey).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<Guid>> GetCustomersBornOnAsync(int month, int day, CancellationToken ct) =>
        await db.Users.AsNoTracking()
            .Where(u => u.Kind == UserKind.Customer && u.IsActive && u.Birthday != null && u.Birthday.Value.Month == month && u.Birthday.Value.Day == day)
            .Select(u => u.Id)
            .ToListAsync(ct);
}
