using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Catalog;

internal sealed class StoreRepository(LocalLifeDbContext db, CrossTenantReader reader) : IStoreRepository
{
    public async Task<Store> GetAsync(Guid id, CancellationToken ct) =>
        await db.Stores.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Store), id);

    public Task<Guid?> FindTenantIdAcrossTenantsAsync(Guid id, CancellationToken ct) =>
        reader.Db.Stores.Where(s => s.Id == id).Select(s => s.TenantId).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<Store>> GetListAsync(CancellationToken ct) =>
        await db.Stores.OrderBy(s => s.CreationTime).ToListAsync(ct);

    public async Task InsertAsync(Store store, CancellationToken ct) => await db.Stores.AddAsync(store, ct);
}
