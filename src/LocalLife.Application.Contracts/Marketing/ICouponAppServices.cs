using LocalLife.Common;

namespace LocalLife.Marketing;

/// <summary>A customer's coupons: the coupon centre (the platform's), a store's coupons, claiming, and their wallet.</summary>
public interface ICustomerCouponAppService
{
    Task<IReadOnlyList<ClaimableCouponDto>> GetPlatformCouponsAsync(CancellationToken ct);
    Task<IReadOnlyList<ClaimableCouponDto>> GetStoreCouponsAsync(Guid storeId, CancellationToken ct);
    Task<CouponDto> ClaimAsync(Guid templateId, ClaimCouponDto input, CancellationToken ct);
    Task<PagedResultDto<CouponDto>> GetMineAsync(GetMyCouponsInput input, CancellationToken ct);
}

/// <summary>
/// Coupon templates of the current side: a merchant's own (api/admin) or the platform's (api/host, platform-funded),
/// with their results; the platform also sees what it owes merchants for its coupons.
/// </summary>
public interface ICouponTemplateAppService
{
    Task<PagedResultDto<CouponTemplateDto>> GetListAsync(GetCouponTemplatesInput input, CancellationToken ct);
    Task<CouponTemplateDto> GetAsync(Guid id, CancellationToken ct);
    Task<CouponTemplateDto> CreateAsync(SaveCouponTemplateDto input, CancellationToken ct);
    Task<CouponTemplateDto> UpdateAsync(Guid id, SaveCouponTemplateDto input, CancellationToken ct);
    Task<CouponTemplateDto> PauseAsync(Guid id, CancellationToken ct);
    Task<CouponTemplateDto> ResumeAsync(Guid id, CancellationToken ct);
    Task<CouponTemplateDto> EndAsync(Guid id, CancellationToken ct);
    Task<CouponTemplateReportDto> GetReportAsync(Guid id, CancellationToken ct);
    Task<IReadOnlyList<PlatformCouponSettlementDto>> GetPlatformSettlementAsync(GetCouponSettlementInput input, CancellationToken ct);
}
