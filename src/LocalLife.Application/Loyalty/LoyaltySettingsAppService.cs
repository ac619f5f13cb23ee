using LocalLife.Entities;

namespace LocalLife.Loyalty;

public sealed class LoyaltySettingsAppService(
    IPointsRepository points,
    PointsManager manager,
    SettlementReport settlement,
    IUnitOfWork unitOfWork) : ILoyaltySettingsAppService
{
    public async Task<LoyaltySettingsDto> GetAsync(CancellationToken ct) => (await points.GetSettingsAsync(ct)).ToDto();

    public async Task<LoyaltySettingsDto> UpdateAsync(LoyaltySettingsDto input, CancellationToken ct)
    {
        var settings = await points.GetSettingsAsync(ct);
        settings.Update(input.PointsPerYuan, input.OffsetCapPercent, input.PayableDocuments, input.ValidityDays,
            input.Levels.Select(l => new MemberLevel(l.Code.Trim(), l.NameZhHans.Trim(), l.NameEn.Trim(), l.ThresholdFen, l.MultiplierPercent,
                l.BirthdayBonusPoints, l.PriorityBooking, l.MemberPrices)).ToList());
        await unitOfWork.SaveChangesAsync(ct);
        return settings.ToDto();
    }

    public async Task<PointsEntryDto> AdjustAsync(AdjustPointsDto input, CancellationToken ct)
    {
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        var entry = await manager.AdjustAsync(input.CustomerId, input.Delta, input.Note.Trim(), "adjust:" + input.IdempotencyKey.Trim(), ct);
        await unitOfWork.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return entry.ToDto(null, null);
    }

    public Task<IReadOnlyList<SettlementLineDto>> GetSettlementAsync(GetSettlementInput input, CancellationToken ct) => settlement.BuildAsync(input, null, ct);
}
