using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using Microsoft.EntityFrameworkCore;

namespace LocalLife.Loyalty;

internal sealed class RebateRuleRepository(LocalLifeDbContext db) : IRebateRuleRepository
{
    public async Task<RebateRule> GetAsync(Guid id, CancellationToken ct) =>
        await db.RebateRules.FirstOrDefaultAsync(r => r.Id == id, ct) ?? throw new EntityNotFoundException(nameof(RebateRule), id);

    public async Task<IReadOnlyList<RebateRule>> GetListAsync(CancellationToken ct) => await db.RebateRules.OrderBy(r => r.CreationTime).ToListAsync(ct);

    public async Task InsertAsync(RebateRule rule, CancellationToken ct) => await db.RebateRules.AddAsync(rule, ct);
}
