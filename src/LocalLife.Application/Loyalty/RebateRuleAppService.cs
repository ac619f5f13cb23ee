using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;

namespace LocalLife.Loyalty;

public sealed class RebateRuleAppService(
    IRebateRuleRepository rules,
    IStoreRepository stores,
    SettlementReport settlement,
    ICurrentTenant currentTenant,
    IUnitOfWork unitOfWork) : IRebateRuleAppService
{
    public async Task<IReadOnlyList<RebateRuleDto>> GetListAsync(CancellationToken ct) => (await rules.GetListAsync(ct)).Select(r => r.ToDto()).ToList();

    public async Task<RebateRuleDto> CreateAsync(SaveRebateRuleDto input, CancellationToken ct)
    {
        if (input.StoreId is { } storeId) await stores.GetAsync(storeId, ct); // another tenant's store is not found
        var rule = new RebateRule(Guid.CreateVersion7(), currentTenant.Id!.Value, input.Name.Trim(), input.StoreId, input.Basis,
            input.Categories, input.PointsPer100Yuan, input.ValidFrom, input.ValidTo);
        await rules.InsertAsync(rule, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return rule.ToDto();
    }

    public async Task<RebateRuleDto> UpdateAsync(Guid id, SaveRebateRuleDto input, CancellationToken ct)
    {
        var rule = await rules.GetAsync(id, ct);
        if (input.StoreId is { } storeId) await stores.GetAsync(storeId, ct);
        rule.Update(input.Name.Trim(), input.StoreId, input.Basis, input.Categories, input.PointsPer100Yuan, input.ValidFrom, input.ValidTo);
        await unitOfWork.SaveChangesAsync(ct);
        return rule.ToDto();
    }

    public async Task<RebateRuleDto> SetActiveAsync(Guid id, bool active, CancellationToken ct)
    {
        var rule = await rules.GetAsync(id, ct);
        if (active) rule.Activate(); else rule.Deactivate();
        await unitOfWork.SaveChangesAsync(ct);
        return rule.ToDto();
    }

    public Task<IReadOnlyList<SettlementLineDto>> GetSettlementAsync(GetSettlementInput input, CancellationToken ct) =>
        settlement.BuildAsync(input, currentTenant.Id ?? throw new BusinessException(LocalLifeErrorCodes.Forbidden), ct);
}
