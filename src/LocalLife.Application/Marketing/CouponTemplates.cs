using LocalLife.Common;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;
using LocalLife.Tenancy;

namespace LocalLife.Marketing;

/// <summary>
/// Coupon templates of the current side (a merchant's, or with no tenant the platform's) and their results: the work
/// behind the merchant's and the platform's app services, which check each their own permissions.
/// </summary>
public sealed class CouponTemplates(
    ICouponTemplateRepository templates,
    ICouponRepository coupons,
    ITenantRepository tenants,
    ICurrentTenant currentTenant,
    IUnitOfWork unitOfWork,
    TimeProvider clock)
{
    public async Task<PagedResultDto<CouponTemplateDto>> GetListAsync(GetCouponTemplatesInput input, CancellationToken ct)
    {
        var (items, total) = await templates.GetPageAsync(input.Status, input.Skip, input.Take, ct);
        return new PagedResultDto<CouponTemplateDto>([.. items.Select(t => t.ToDto())], total);
    }

    public async Task<CouponTemplateDto> GetAsync(Guid id, CancellationToken ct) => (await OwnAsync(id, ct)).ToDto();

    public async Task<CouponTemplateDto> CreateAsync(SaveCouponTemplateDto input, CancellationToken ct)
    {
        var template = new CouponTemplate(Guid.CreateVersion7(), currentTenant.Id, input.Name.Trim(), Description(input), input.Rules.ToRules(), input.Validity,
            input.ValidFrom, input.ValidTo, input.ValidDays, input.TotalQuantity, input.PerCustomerLimit, input.NewCustomerGift);
        await templates.InsertAsync(template, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return template.ToDto();
    }

    /// <summary>Changes apply to coupons claimed from now on; those already held keep the rules they were claimed with.</summary>
    public Task<CouponTemplateDto> UpdateAsync(Guid id, SaveCouponTemplateDto input, CancellationToken ct) => ChangeAsync(id, t =>
        t.Update(input.Name.Trim(), Description(input), input.Rules.ToRules(), input.Validity, input.ValidFrom, input.ValidTo, input.ValidDays,
            input.TotalQuantity, input.PerCustomerLimit, input.NewCustomerGift), ct);

    public Task<CouponTemplateDto> PauseAsync(Guid id, CancellationToken ct) => ChangeAsync(id, t => t.Pause(), ct);

    public Task<CouponTemplateDto> ResumeAsync(Guid id, CancellationToken ct) => ChangeAsync(id, t => t.Resume(), ct);

    public Task<CouponTemplateDto> EndAsync(Guid id, CancellationToken ct) => ChangeAsync(id, t => t.End(), ct);

    public async Task<CouponTemplateReportDto> GetReportAsync(Guid id, CancellationToken ct)
    {
        var template = await OwnAsync(id, ct);
        var usage = await coupons.GetUsageAsync(id, clock.GetUtcNow(), ct);
        return new CouponTemplateReportDto(id, template.TotalQuantity, template.IssuedCount, usage.Used, usage.Expired, usage.DiscountFen, usage.Orders,
            usage.OrdersItemsFen, usage.Bookings, usage.BookingsDepositFen);
    }

    /// <summary>What the platform owes each merchant for its coupons used there in the period (platform only).</summary>
    public async Task<IReadOnlyList<PlatformCouponSettlementDto>> GetPlatformSettlementAsync(GetCouponSettlementInput input, CancellationToken ct)
    {
        if (currentTenant.Id is not null) throw new EntityNotFoundException(nameof(CouponTemplate), "settlement");
        var rows = await coupons.GetPlatformFundedUseAsync(input.From, input.To, ct);
        var names = new Dictionary<Guid, string?>();
        foreach (var (tenantId, _, _) in rows) names[tenantId] = (await tenants.FindAsync(tenantId, ct))?.Name;
        return [.. rows.Select(r => new PlatformCouponSettlementDto(r.TenantId, names[r.TenantId], r.Used, r.DiscountFen))];
    }

    /// <summary>The current side's template: another merchant's, or the platform's seen by a merchant, is not found.</summary>
    private async Task<CouponTemplate> OwnAsync(Guid id, CancellationToken ct)
    {
        var template = await templates.GetAsync(id, ct);
        return template.TenantId == currentTenant.Id ? template : throw new EntityNotFoundException(nameof(CouponTemplate), id);
    }

    private async Task<CouponTemplateDto> ChangeAsync(Guid id, Action<CouponTemplate> change, CancellationToken ct)
    {
        var template = await OwnAsync(id, ct);
        change(template);
        await unitOfWork.SaveChangesAsync(ct);
        return template.ToDto();
    }

    private static string? Description(SaveCouponTemplateDto input) => string.IsNullOrWhiteSpace(input.Description) ? null : input.Description.Trim();
}
