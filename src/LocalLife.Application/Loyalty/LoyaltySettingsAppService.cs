using LocalLife.Validation;
using LocalLife.Permissions;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Identity;
using Microsoft.AspNetCore.Identity;

namespace LocalLife.Loyalty;

public sealed class LoyaltySettingsAppService(
    IPointsRepository points,
    PointsManager manager,
    SettlementReport settlement,
    UserManager<AppUser> users,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissionChecker,
    InputValidation inputValidation) : ILoyaltySettingsAppService
{
    public async Task<LoyaltySettingsDto> GetAsync(CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Loyalty.Default, ct);
        return (await points.GetSettingsAsync(ct)).ToDto();
    }

    public async Task<LoyaltySettingsDto> UpdateAsync(LoyaltySettingsDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Loyalty.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var settings = await points.GetSettingsAsync(ct);
        settings.Update(input.PointsPerYuan, input.OffsetCapPercent, input.PayableDocuments, input.ValidityDays,
            input.Levels.Select(l => new MemberLevel(l.Code.Trim(), l.NameZhHans.Trim(), l.NameEn.Trim(), l.ThresholdFen, l.MultiplierPercent,
                l.BirthdayBonusPoints, l.PriorityBooking, l.MemberPrices)).ToList());
        await unitOfWork.SaveChangesAsync(ct);
        return settings.ToDto();
    }

    public async Task<PointsEntryDto> AdjustAsync(AdjustPointsDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Loyalty.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        // The wallet is made on the first movement, so without this check an unknown id (or a staff account) would get one.
        if (await users.FindByIdAsync(input.CustomerId.ToString()) is not { Kind: UserKind.Customer })
            throw new EntityNotFoundException("Customer", input.CustomerId);
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        var entry = await manager.AdjustAsync(input.CustomerId, input.Delta, input.Note.Trim(), "adjust:" + input.IdempotencyKey.Trim(), ct);
        await unitOfWork.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return entry.ToDto(null, null);
    }

    public async Task<IReadOnlyList<SettlementLineDto>> GetSettlementAsync(GetSettlementInput input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Loyalty.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        return await settlement.BuildAsync(input, null, ct);
    }
}
