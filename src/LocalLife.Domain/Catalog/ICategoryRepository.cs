namespace LocalLife.Catalog;

public interface ICategoryRepository
{
    Task<IReadOnlyList<Category>> GetListAsync(CancellationToken ct);
    Task<Category?> FindByCodeAsync(string code, CancellationToken ct);
    Task InsertAsync(Category category, CancellationToken ct);
}
