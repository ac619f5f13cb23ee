using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Catalog;

internal sealed class CategoryRepository(LocalLifeDbContext db) : ICategoryRepository
{
    public async Task<IReadOnlyList<Category>> GetListAsync(CancellationToken ct) =>
        await db.Categories.OrderBy(c => c.SortOrder).ToListAsync(ct);

    public Task<Category?> FindByCodeAsync(string code, CancellationToken ct) => db.Categories.FirstOrDefaultAsync(c => c.Code == code, ct);

    public async Task InsertAsync(Category category, CancellationToken ct) => await db.Categories.AddAsync(category, ct);
}
