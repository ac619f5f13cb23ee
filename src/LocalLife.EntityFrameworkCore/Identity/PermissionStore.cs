using LocalLife.EntityFrameworkCore;
using LocalLife.MultiTenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Identity;

/// <summary>Permissions are role claims of type <see cref="LocalLifeClaimTypes.Permission"/>; roles are already tenant-filtered.</summary>
internal sealed class PermissionStore(LocalLifeDbContext db) : IPermissionStore
{
    public async Task<(IReadOnlyList<string> Roles, IReadOnlyList<string> Permissions)?> GetUserGrantsAsync(Guid userId, CancellationToken ct)
    {
        if (!await db.Users.AnyAsync(u => u.Id == userId && u.IsActive, ct)) return null;
        var rows = await (from ur in db.UserRoles
                          join r in db.Roles on ur.RoleId equals r.Id
                          where ur.UserId == userId
                          select new
                          {
                              r.Name,
                              Permissions = db.RoleClaims.Where(c => c.RoleId == r.Id && c.ClaimType == LocalLifeClaimTypes.Permission).Select(c => c.ClaimValue!).ToList(),
                          }).ToListAsync(ct);
        return (rows.Select(r => r.Name!).ToList(), rows.SelectMany(r => r.Permissions).Distinct().ToList());
    }

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<string>>> GetRolePermissionsAsync(IReadOnlyCollection<Guid> roleIds, CancellationToken ct)
    {
        var rows = await db.RoleClaims
            .Where(c => roleIds.Contains(c.RoleId) && c.ClaimType == LocalLifeClaimTypes.Permission)
            .Select(c => new { c.RoleId, c.ClaimValue })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.RoleId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(r => r.ClaimValue!).Order().ToList());
    }

    public async Task SetRolePermissionsAsync(AppRole role, IReadOnlyCollection<string> permissions, CancellationToken ct)
    {
        var existing = await db.RoleClaims.Where(c => c.RoleId == role.Id && c.ClaimType == LocalLifeClaimTypes.Permission).ToListAsync(ct);
        db.RoleClaims.RemoveRange(existing.Where(c => !permissions.Contains(c.ClaimValue!)));
        var have = existing.Select(c => c.ClaimValue).ToHashSet();
        db.RoleClaims.AddRange(permissions.Where(p => !have.Contains(p))
            .Select(p => new IdentityRoleClaim<Guid> { RoleId = role.Id, ClaimType = LocalLifeClaimTypes.Permission, ClaimValue = p }));
        await db.SaveChangesAsync(ct);
    }
}
