using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;
using LocalLife.Permissions;
using LocalLife.Spaces;
using LocalLife.Validation;

namespace LocalLife.Catalog;

public sealed class StoreAppService(
    IStoreRepository stores,
    StoreManager manager,
    ICurrentTenant currentTenant,
    TimeProvider clock,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissionChecker,
    InputValidation inputValidation) : IStoreAppService
{
    public async Task<IReadOnlyList<StoreDto>> GetListAsync(CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Stores.Default, ct);
        var now = clock.GetUtcNow();
        return (await stores.GetListAsync(ct)).Select(s => s.ToDto(now)).ToList();
    }

    public async Task<StoreDto> GetAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Stores.Default, ct);
        return (await stores.GetAsync(id, ct)).ToDto(clock.GetUtcNow());
    }

    public async Task<StoreDto> CreateAsync(CreateStoreDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Stores.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var store = await manager.CreateAsync(currentTenant.Id!.Value, input.CategoryCode.Trim().ToLowerInvariant(), ToProfile(input),
            new GeoPoint(input.Latitude, input.Longitude), input.TimeZone, input.Hours.ToHours(), input.DefaultDepositPercent, ct);
        if (input.SpaceTypes is not null) store.SetSpaceTypes(input.SpaceTypes.Select(t => t.ToOption()).ToList());
        if (input.BookingPolicy is { } policy) store.SetBookingPolicy(new StoreBookingPolicy(policy.CancelDeadlineMinutes, policy.NoShowGraceMinutes, policy.RefundDepositOnNoShow));
        await stores.InsertAsync(store, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return store.ToDto(clock.GetUtcNow());
    }

    public async Task<StoreDto> UpdateAsync(Guid id, UpdateStoreDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Stores.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var store = await stores.GetAsync(id, ct);
        if (input.ConcurrencyStamp is not null && input.ConcurrencyStamp != store.ConcurrencyStamp)
            throw new BusinessException(LocalLifeErrorCodes.ConcurrencyConflict);
        store.UpdateProfile(ToProfile(input));
        store.SetPosition(new GeoPoint(input.Latitude, input.Longitude));
        if (input.TimeZone is not null) store.SetTimeZone(input.TimeZone);
        store.SetHours(input.Hours.ToHours());
        store.SetDefaultDepositPercent(input.DefaultDepositPercent);
        if (input.SpaceTypes is not null) store.SetSpaceTypes(input.SpaceTypes.Select(t => t.ToOption()).ToList());
        if (input.BookingPolicy is { } policy) store.SetBookingPolicy(new StoreBookingPolicy(policy.CancelDeadlineMinutes, policy.NoShowGraceMinutes, policy.RefundDepositOnNoShow));
        await unitOfWork.SaveChangesAsync(ct);
        return store.ToDto(clock.GetUtcNow());
    }

    public async Task<StoreDto> ChangeStatusAsync(Guid id, ChangeStoreStatusDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Stores.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var store = await stores.GetAsync(id, ct);
        var now = clock.GetUtcNow();
        switch (input.Status)
        {
            case StoreStatus.Open: store.Open(); break;
            case StoreStatus.Paused: store.Pause(); break;
            case StoreStatus.ClosedForDay: store.CloseForDay(now); break;
        }
        await unitOfWork.SaveChangesAsync(ct);
        return store.ToDto(now);
    }

    private static StoreProfile ToProfile(UpdateStoreDto input) =>
        new(input.Name.Trim(), input.Address.Trim(), input.Phone?.Trim(), input.Intro?.Trim(), input.Images);
}
