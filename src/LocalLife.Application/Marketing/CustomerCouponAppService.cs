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
/// A customer's coupons across the platform. A merchant's templates are read and claimed as that merchant (the store
/// names it); the platform's as the host. Claimed coupons are the customer's wherever they were claimed.
/// </summary>
public sealed class CustomerCouponAppService(
    ICouponTemplateRepository templates,
    ICouponRepository coupons,
    CouponManager manager,
    CustomerVisibility visibility,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    InputValidation inputValidation) : ICustomerCouponAppService
{
    public async Task<IReadOnlyList<ClaimableCouponDto>> GetPlatformCouponsAsync(CancellationToken ct)
    {
        using (currentTenant.Change(null)) return await WithHeldAsync(await templates.GetClaimableAsync(null, clock.GetUtcNow(), ct), ct);
    }

    /// <summary>The store's merchant's coupons good at this store, then the platform's.</summary>
    public async Task<IReadOnlyList<ClaimableCouponDto>> GetStoreCouponsAsync(Guid storeId, CancellationToken ct)
    {
        var store = await visibility.GetStoreAsync(storeId, ct);
        var now = clock.GetUtcNow();
        IReadOnlyList<CouponTemplate> merchant, platform;
        using (currentTenant.Change(store.TenantId)) merchant = await templates.GetClaimableAsync(store.Id, now, ct);
        using (currentTenant.Change(null)) platform = await templates.GetClaimableAsync(null, now, ct);
        return await WithHeldAsync([.. merchant, .. platform], ct);
    }

    public async Task<CouponDto> ClaimAsync(Guid templateId, ClaimCouponDto input, CancellationToken ct)
    {
        var customerId = currentUser.GetId();
        var store = input.StoreId is { } storeId ? await visibility.GetStoreAsync(storeId, ct) : null;
        using (currentTenant.Change(store?.TenantId))
        {
            var template = await templates.GetAsync(templateId, ct);
            if (store is not null && template.Rules.StoreIds is { Count: > 0 } only && !only.Contains(store.Id))
                throw new EntityNotFoundException(nameof(CouponTemplate), templateId);
            if (template.NewCustomerGift) throw new BusinessException(MarketingErrorCodes.TemplateNotClaimable).With("Status", "gift");
            Coupon coupon;
            await using (var tx = await unitOfWork.BeginTransactionAsync(ct))
            {
                coupon = await manager.ClaimAsync(template, customerId, CouponSource.Claimed, clock.GetUtcNow(), ct);
                await coupons.SaveClaimAsync(ct);
                await tx.CommitAsync(ct);
            }
            return coupon.ToDto(clock.GetUtcNow());
        }
    }

    public async Task<PagedResultDto<CouponDto>> GetMineAsync(GetMyCouponsInput input, CancellationToken ct)
    {
        await inputValidation.ValidateAsync(input, ct);
        var now = clock.GetUtcNow();
        var (items, total) = await coupons.GetPageOfCustomerAsync(currentUser.GetId(), input.State, now, input.Skip, input.Take, ct);
        return new PagedResultDto<CouponDto>([.. items.Select(c => c.ToDto(now))], total);
    }

    private async Task<IReadOnlyList<ClaimableCouponDto>> WithHeldAsync(IReadOnlyList<CouponTemplate> found, CancellationToken ct)
    {
        var held = currentUser.Id is { } customerId
            ? await coupons.CountHeldAsync(customerId, [.. found.Select(t => t.Id)], ct)
            : new Dictionary<Guid, int>();
        return [.. found.Select(t => new ClaimableCouponDto(t.ToDto(), held.GetValueOrDefault(t.Id), held.GetValueOrDefault(t.Id) < t.PerCustomerLimit))];
    }
}
