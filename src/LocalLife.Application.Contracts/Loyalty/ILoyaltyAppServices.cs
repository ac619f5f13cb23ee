using LocalLife.Common;

namespace LocalLife.Loyalty;

/// <summary>A customer's own points: balance, level, history and what points can pay before paying.</summary>
public interface ILoyaltyAppService
{
    Task<PointsAccountDto> GetAccountAsync(CancellationToken ct);
    Task<PagedResultDto<PointsEntryDto>> GetHistoryAsync(GetPointsHistoryInput input, CancellationToken ct);
    Task<RedemptionPreviewDto> PreviewAsync(GetRedemptionPreviewInput input, CancellationToken ct);
}

/// <summary>A merchant's rebate rules and its side of the cross-merchant settlement.</summary>
public interface IRebateRuleAppService
{
    Task<IReadOnlyList<RebateRuleDto>> GetListAsync(CancellationToken ct);
    Task<RebateRuleDto> CreateAsync(SaveRebateRuleDto input, CancellationToken ct);
    Task<RebateRuleDto> UpdateAsync(Guid id, SaveRebateRuleDto input, CancellationToken ct);
    Task<RebateRuleDto> SetActiveAsync(Guid id, bool active, CancellationToken ct);
    Task<IReadOnlyList<SettlementLineDto>> GetSettlementAsync(GetSettlementInput input, CancellationToken ct);
}

/// <summary>The platform's points rules, corrections and the settlement between merchants.</summary>
public interface ILoyaltySettingsAppService
{
    Task<LoyaltySettingsDto> GetAsync(CancellationToken ct);
    Task<LoyaltySettingsDto> UpdateAsync(LoyaltySettingsDto input, CancellationToken ct);
    Task<PointsEntryDto> AdjustAsync(AdjustPointsDto input, CancellationToken ct);
    Task<IReadOnlyList<SettlementLineDto>> GetSettlementAsync(GetSettlementInput input, CancellationToken ct);
}
