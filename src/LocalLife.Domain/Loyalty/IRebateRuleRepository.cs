namespace LocalLife.Loyalty;

public interface IRebateRuleRepository
{
    /// <summary>A rule of the current tenant; another tenant's rule is not found.</summary>
    Task<RebateRule> GetAsync(Guid id, CancellationToken ct);

    Task<IReadOnlyList<RebateRule>> GetListAsync(CancellationToken ct);

    Task InsertAsync(RebateRule rule, CancellationToken ct);
}
