using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Identity;

internal sealed class RoleRepository(LocalLifeDbContext db) : IRoleRepository
{
    public async Task<IReadOnlyList<AppRole>> GetListAsync(CancellationToken ct) =>
        await db.Roles.AsNoTracking().OrderByDescending(r => r.IsStatic).ThenBy(r => r.Name).ToListAsync(ct);
}
