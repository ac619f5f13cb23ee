namespace LocalLife.Catalog;

public interface ICategoryAppService
{
    /// <summary>Every category, open or not, for platform operators.</summary>
    Task<IReadOnlyList<CategoryDto>> GetAllAsync(CancellationToken ct);
}
