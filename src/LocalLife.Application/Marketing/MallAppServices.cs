using LocalLife.Validation;
using LocalLife.Permissions;
using LocalLife.Catalog;
using LocalLife.Common;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;
using LocalLife.Security;

namespace LocalLife.Marketing;

/// <summary>
/// The customer's points mall. A merchant's items are read and redeemed as that merchant (the store names it); the
/// platform's as the host. Everything of a redemption — stock, points, coupon — commits together or not at all.
/// </summary>
public sealed class CustomerMallAppService(
    IMallRepository mall,
    MallManager manager,
    CustomerVisibility visibility,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    InputValidation inputValidation) : ICustomerMallAppService
{
    public async Task<PagedResultDto<CustomerMallItemDto>> GetPlatformItemsAsync(GetMallItemsInput input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        using (currentTenant.Change(null)) return await ItemsAsync(input, ct);
    }

    public async Task<PagedResultDto<CustomerMallItemDto>> GetStoreItemsAsync(Guid storeId, GetMallItemsInput input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        var store = await visibility.GetStoreAsync(storeId, ct);
        using (currentTenant.Change(store.TenantId)) return await ItemsAsync(input, ct);
    }

    public async Task<MallRedemptionDto> RedeemAsync(Guid itemId, RedeemMallItemDto input, CancellationToken ct)
    {
        var store = input.StoreId is { } storeId ? await visibility.GetStoreAsync(storeId, ct) : null;
        using (currentTenant.Change(store?.TenantId))
        {
            var item = await mall.GetItemAsync(itemId, ct);
            MallRedemption redemption;
            await using (var tx = await unitOfWork.BeginTransactionAsync(ct))
            {
                redemption = await manager.RedeemAsync(item, currentUser.GetId(), clock.GetUtcNow(), ct);
                await mall.SaveRedemptionAsync(ct);
                await tx.CommitAsync(ct);
            }
            return redemption.ToDto();
        }
    }

    public async Task<PagedResultDto<MallRedemptionDto>> GetMineAsync(GetMallItemsInput input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        var (items, total) = await mall.GetRedemptionsOfCustomerAsync(currentUser.GetId(), input.Skip, input.Take, ct);
        return new PagedResultDto<MallRedemptionDto>([.. items.Select(r => r.ToDto())], total);
    }

    private async Task<PagedResultDto<CustomerMallItemDto>> ItemsAsync(GetMallItemsInput input, CancellationToken ct)
    {
        var (items, total) = await mall.GetItemsAsync(activeOnly: true, input.Skip, input.Take, ct);
        var held = currentUser.Id is { } id ? await mall.CountHeldAsync(id, [.. items.Select(i => i.Id)], ct) : new Dictionary<Guid, int>();
        return new PagedResultDto<CustomerMallItemDto>(
            [.. items.Select(i => new CustomerMallItemDto(i.ToDto(), held.GetValueOrDefault(i.Id), held.GetValueOrDefault(i.Id) < i.PerCustomerLimit))], total);
    }
}
