namespace LocalLife.Identity;

public interface IRoleRepository
{
    /// <summary>The roles of the current tenant (or the host), static roles first.</summary>
    Task<IReadOnlyList<AppRole>> GetListAsync(CancellationToken ct);
}
