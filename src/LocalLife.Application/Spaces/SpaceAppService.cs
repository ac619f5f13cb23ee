using System.Globalization;
using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Localization;
using LocalLife.Permissions;
using LocalLife.Security;
using LocalLife.Validation;

namespace LocalLife.Spaces;

public sealed class SpaceAppService(
    ISpaceRepository spaces,
    IStoreRepository stores,
    SpaceManager manager,
    ICurrentUser currentUser,
    TimeProvider clock,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissionChecker,
    InputValidation inputValidation) : ISpaceAppService
{
    private static string Culture => LocalLifeTexts.Resolve(CultureInfo.CurrentUICulture);

    public async Task<IReadOnlyList<SpaceDto>> GetListAsync(Guid storeId, GetSpacesInput input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Spaces.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        var store = await stores.GetAsync(storeId, ct);
        var now = clock.GetUtcNow();
        return SpaceQuery.Apply(await spaces.GetByStoreAsync(storeId, ct), input, store, now).Select(s => s.ToDto(store, now, Culture)).ToList();
    }

    public async Task<SpaceDto> GetAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Spaces.Default, ct);
        var space = await spaces.GetAsync(id, ct);
        return space.ToDto(await stores.GetAsync(space.StoreId, ct), clock.GetUtcNow(), Culture);
    }

    public async Task<SpaceDto> CreateAsync(Guid storeId, SaveSpaceDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Spaces.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var store = await stores.GetAsync(storeId, ct);
        var space = await manager.CreateAsync(store, input.Number, input.ToDetails(), new FloorPosition(input.Floor, input.X, input.Y),
            input.ToPricing(), input.DepositPercent, ct);
        await spaces.InsertAsync(space, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return space.ToDto(store, clock.GetUtcNow(), Culture);
    }

    public async Task<SpaceDto> UpdateAsync(Guid id, SaveSpaceDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Spaces.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var space = await spaces.GetAsync(id, ct);
        if (input.ConcurrencyStamp is not null && input.ConcurrencyStamp != space.ConcurrencyStamp)
            throw new BusinessException(LocalLifeErrorCodes.ConcurrencyConflict);
        var store = await stores.GetAsync(space.StoreId, ct);
        await manager.UpdateAsync(store, space, input.Number, input.ToDetails(), new FloorPosition(input.Floor, input.X, input.Y),
            input.ToPricing(), input.DepositPercent, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return space.ToDto(store, clock.GetUtcNow(), Culture);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Spaces.Manage, ct);
        var space = await spaces.GetAsync(id, ct);
        await manager.DeleteAsync(await stores.GetAsync(space.StoreId, ct), space, ct);
        await unitOfWork.SaveChangesAsync(ct);
    }

    public async Task<SpaceDto> ChangeStatusAsync(Guid id, ChangeSpaceStatusDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Spaces.ChangeStatus, ct);
        await inputValidation.ValidateAsync(input, ct);
        var space = await spaces.GetAsync(id, ct);
        var now = clock.GetUtcNow();
        space.ChangeStatus(input.Status, now, currentUser.Id, input.Reason);
        await unitOfWork.SaveChangesAsync(ct);
        return space.ToDto(await stores.GetAsync(space.StoreId, ct), now, Culture);
    }

    public async Task<IReadOnlyList<SpaceStatusRecordDto>> GetHistoryAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Spaces.Default, ct);
        var space = await spaces.GetAsync(id, ct);
        return (await spaces.GetHistoryAsync(space.Id, 100, ct)).Select(r => new SpaceStatusRecordDto(r.From, r.To, r.At, r.ByUserId, r.Reason)).ToList();
    }
}
