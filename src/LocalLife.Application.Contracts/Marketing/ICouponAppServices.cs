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

/// <summary>A merchant's own coupon templates (api/admin) and their results.</summary>
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
}

/// <summary>The platform's coupon templates (api/host, platform-funded) and what it owes merchants for their use.</summary>
public interface IHostCouponTemplateAppService : ICouponTemplateAppService
{
    Task<IReadOnlyList<PlatformCouponSettlementDto>> GetPlatformSettlementAsync(GetCouponSettlementInput input, CancellationToken ct);
}
