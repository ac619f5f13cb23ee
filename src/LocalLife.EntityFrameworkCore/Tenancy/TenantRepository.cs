using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Tenancy;

internal sealed class TenantRepository(LocalLifeDbContext db) : ITenantRepository
{
    public Task<Tenant?> FindAsync(Guid id, CancellationToken ct) => db.Tenants.FirstOrDefaultAsync(t => t.Id == id, ct);

    public async Task<Tenant> GetAsync(Guid id, CancellationToken ct) =>
        await FindAsync(id, ct) ?? throw new EntityNotFoundException(nameof(Tenant), id);

    public Task<Tenant?> FindByNameAsync(string name, CancellationToken ct)
    {
        var normalized = name.Trim().ToLowerInvariant();
        return db.Tenants.FirstOrDefaultAsync(t => t.Name == normalized, ct);
    }

    public async Task<(IReadOnlyList<Tenant> Items, int TotalCount)> GetPageAsync(string? filter, TenantStatus? status, int skip, int take, CancellationToken ct)
    {
        var query = db.Tenants.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter))
        {
            var pattern = $"%{filter.Trim()}%";
            query = query.Where(t => EF.Functions.ILike(t.Name, pattern) || EF.Functions.ILike(t.DisplayName, pattern));
        }
        if (status is not null) query = query.Where(t => t.Status == status);
        var total = await query.CountAsync(ct);
        var items = await query.OrderBy(t => t.Name).Skip(skip).Take(take).ToListAsync(ct);
        return (items, total);
    }

    public async Task InsertAsync(Tenant tenant, CancellationToken ct) => await db.Tenants.AddAsync(tenant, ct);
}
