using LocalLife.Catalog;
using LocalLife.Common;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;
using LocalLife.Security;

namespace LocalLife.Marketing;

/// <summary>
/// Mall items of the current side (a merchant's, or the platform's), their results, and collecting vouchers at the
/// merchant's stores: the work behind the merchant's and the platform's app services.
/// </summary>
public sealed class MallItems(
    IMallRepository mall,
    ICouponTemplateRepository templates,
    IStoreRepository stores,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public async Task<PagedResultDto<MallItemDto>> GetListAsync(GetMallItemsInput input, CancellationToken ct)
    {
        var (items, total) = await mall.GetItemsAsync(activeOnly: false, input.Skip, input.Take, ct);
        return new PagedResultDto<MallItemDto>([.. items.Select(i => i.ToDto())], total);
    }

    public async Task<MallItemDto> CreateAsync(SaveMallItemDto input, CancellationToken ct)
    {
        await CheckTemplateAsync(input, ct);
        var item = new MallItem(Guid.CreateVersion7(), currentTenant.Id, input.Name.Trim(), Trimmed(input.Description), Trimmed(input.Image), input.Kind,
            input.CouponTemplateId, input.PointsCost, input.Stock, input.PerCustomerLimit);
        await mall.InsertItemAsync(item, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return item.ToDto();
    }

    public async Task<MallItemDto> UpdateAsync(Guid id, SaveMallItemDto input, CancellationToken ct)
    {
        await CheckTemplateAsync(input, ct);
        return await ChangeAsync(id, i =>
        {
            if (i.Kind != input.Kind) throw new BusinessException(MarketingErrorCodes.InvalidMallItem).With("Kind", input.Kind);
            i.Update(input.Name.Trim(), Trimmed(input.Description), Trimmed(input.Image), input.CouponTemplateId, input.PointsCost, input.Stock,
                input.PerCustomerLimit);
        }, ct);
    }

    public Task<MallItemDto> PauseAsync(Guid id, CancellationToken ct) => ChangeAsync(id, i => i.Pause(), ct);

    public Task<MallItemDto> ResumeAsync(Guid id, CancellationToken ct) => ChangeAsync(id, i => i.Resume(), ct);

    public Task<MallItemDto> EndAsync(Guid id, CancellationToken ct) => ChangeAsync(id, i => i.End(), ct);

    public async Task<MallItemReportDto> GetReportAsync(Guid id, CancellationToken ct)
    {
        await OwnAsync(id, ct);
        var (count, points, collected) = await mall.GetItemUsageAsync(id, ct);
        return new MallItemReportDto(id, count, points, collected);
    }

    /// <summary>The desk hands over a voucher's product or gift: the code must be this merchant's and not collected before.</summary>
    public async Task<MallRedemptionDto> CollectVoucherAsync(CollectVoucherDto input, CancellationToken ct)
    {
        var tenantId = currentTenant.Id ?? throw new BusinessException(MarketingErrorCodes.VoucherNotFound);
        var store = await stores.GetAsync(input.StoreId, ct);
        var voucher = await mall.FindVoucherAsync(tenantId, input.Code.Trim(), ct) ?? throw new BusinessException(MarketingErrorCodes.VoucherNotFound);
        voucher.Collect(store.Id, currentUser.GetId(), clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(ct);
        return voucher.ToDto();
    }

    /// <summary>A coupon item gives a coupon of the same side's own templates.</summary>
    private async Task CheckTemplateAsync(SaveMallItemDto input, CancellationToken ct)
    {
        if (input.CouponTemplateId is not { } templateId) return;
        var template = await templates.GetAsync(templateId, ct);
        if (template.TenantId != currentTenant.Id) throw new EntityNotFoundException(nameof(CouponTemplate), templateId);
    }

    private async Task<MallItem> OwnAsync(Guid id, CancellationToken ct)
    {
        var item = await mall.GetItemAsync(id, ct);
        return item.TenantId == currentTenant.Id ? item : throw new EntityNotFoundException(nameof(MallItem), id);
    }

    private async Task<MallItemDto> ChangeAsync(Guid id, Action<MallItem> change, CancellationToken ct)
    {
        var item = await OwnAsync(id, ct);
        change(item);
        await unitOfWork.SaveChangesAsync(ct);
        return item.ToDto();
    }

    private static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
