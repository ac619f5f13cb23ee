using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Spaces;

internal sealed class SpaceRepository(LocalLifeDbContext db, CrossTenantReader reader) : ISpaceRepository
{
    public async Task<Space> GetAsync(Guid id, CancellationToken ct) =>
        await db.Spaces.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Space), id);

    public Task<Guid?> FindTenantIdAcrossTenantsAsync(Guid id, CancellationToken ct) =>
        reader.Db.Spaces.Where(s => s.Id == id).Select(s => s.TenantId).FirstOrDefaultAsync(ct);

    public async Task<IReadOnlyList<Space>> GetByStoreAsync(Guid storeId, CancellationToken ct) =>
        await db.Spaces.Where(s => s.StoreId == storeId).OrderBy(s => s.Number).ToListAsync(ct);

    public Task<bool> NumberExistsAsync(Guid storeId, string number, Guid? exceptId, CancellationToken ct) =>
        db.Spaces.AnyAsync(s => s.StoreId == storeId && s.Number == number && s.Id != exceptId, ct);

    public async Task InsertAsync(Space space, CancellationToken ct) => await db.Spaces.AddAsync(space, ct);

    public void Delete(Space space) => db.Spaces.Remove(space);

    public async Task<IReadOnlyList<SpaceStatusRecord>> GetHistoryAsync(Guid spaceId, int take, CancellationToken ct) =>
        await db.SpaceStatusHistory.AsNoTracking().Where(r => r.SpaceId == spaceId).OrderByDescending(r => r.At).Take(take).ToListAsync(ct);

    public async Task InsertHistoryAsync(SpaceStatusRecord record, CancellationToken ct) => await db.SpaceStatusHistory.AddAsync(record, ct);
}
