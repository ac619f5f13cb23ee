using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;
using LocalLife.Permissions;
using LocalLife.Validation;

namespace LocalLife.Loyalty;

public sealed class RebateRuleAppService(
    IRebateRuleRepository rules,
    IStoreRepository stores,
    SettlementReport settlement,
    ICurrentTenant currentTenant,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissionChecker,
    InputValidation inputValidation) : IRebateRuleAppService
{
    public async Task<IReadOnlyList<RebateRuleDto>> GetListAsync(CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.RebateRules.Default, ct);
        return (await rules.GetListAsync(ct)).Select(r => r.ToDto()).ToList();
    }

    public async Task<RebateRuleDto> CreateAsync(SaveRebateRuleDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.RebateRules.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        if (input.StoreId is { } storeId) await stores.GetAsync(storeId, ct); // another tenant's store is not found
        var rule = new RebateRule(Guid.CreateVersion7(), currentTenant.Id!.Value, input.Name.Trim(), input.StoreId, input.Basis,
            input.Categories, input.PointsPer100Yuan, input.ValidFrom, input.ValidTo);
        await rules.InsertAsync(rule, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return rule.ToDto();
    }

    public async Task<RebateRuleDto> UpdateAsync(Guid id, SaveRebateRuleDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.RebateRules.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var rule = await rules.GetAsync(id, ct);
        if (input.StoreId is { } storeId) await stores.GetAsync(storeId, ct);
        rule.Update(input.Name.Trim(), input.StoreId, input.Basis, input.Categories, input.PointsPer100Yuan, input.ValidFrom, input.ValidTo);
        await unitOfWork.SaveChangesAsync(ct);
        return rule.ToDto();
    }

    public async Task<RebateRuleDto> SetActiveAsync(Guid id, bool active, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.RebateRules.Manage, ct);
        var rule = await rules.GetAsync(id, ct);
        if (active) rule.Activate(); else rule.Deactivate();
        await unitOfWork.SaveChangesAsync(ct);
        return rule.ToDto();
    }

    public async Task<IReadOnlyList<SettlementLineDto>> GetSettlementAsync(GetSettlementInput input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.RebateRules.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        return await settlement.BuildAsync(input, currentTenant.Id ?? throw new BusinessException(LocalLifeErrorCodes.Forbidden), ct);
    }
}
