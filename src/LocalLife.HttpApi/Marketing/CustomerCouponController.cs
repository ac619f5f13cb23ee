using LocalLife.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LocalLife.Marketing;

/// <summary>Customers: the coupon centre, a store's coupons (signed in or not), claiming, and their coupons.</summary>
[Route("api/app/coupons")]
public sealed class CustomerCouponController(ICustomerCouponAppService service) : AppController
{
    [HttpGet("platform"), AllowAnonymous]
    public Task<IReadOnlyList<ClaimableCouponDto>> GetPlatformCouponsAsync(CancellationToken ct) => service.GetPlatformCouponsAsync(ct);

    [HttpGet("stores/{storeId:guid}"), AllowAnonymous]
    public Task<IReadOnlyList<ClaimableCouponDto>> GetStoreCouponsAsync(Guid storeId, CancellationToken ct) => service.GetStoreCouponsAsync(storeId, ct);

    [EnableRateLimiting(RateLimits.Checkout)]
    [HttpPost("templates/{templateId:guid}/claim")]
    public async Task<ActionResult<CouponDto>> ClaimAsync(Guid templateId, ClaimCouponDto input, CancellationToken ct) =>
        StatusCode(201, await service.ClaimAsync(templateId, input, ct));

    [HttpGet("mine")]
    public Task<PagedResultDto<CouponDto>> GetMineAsync([FromQuery] GetMyCouponsInput input, CancellationToken ct) => service.GetMineAsync(input, ct);
}
