using LocalLife.Common;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LocalLife.Marketing;

/// <summary>Customers: the points mall of the platform and of a store's merchant, redeeming, and their redemptions.</summary>
[Route("api/app/mall")]
public sealed class CustomerMallController(ICustomerMallAppService service) : AppController
{
    [HttpGet("platform"), AllowAnonymous]
    public Task<PagedResultDto<CustomerMallItemDto>> GetPlatformItemsAsync([FromQuery] GetMallItemsInput input, CancellationToken ct) =>
        service.GetPlatformItemsAsync(input, ct);

    [HttpGet("stores/{storeId:guid}"), AllowAnonymous]
    public Task<PagedResultDto<CustomerMallItemDto>> GetStoreItemsAsync(Guid storeId, [FromQuery] GetMallItemsInput input, CancellationToken ct) =>
        service.GetStoreItemsAsync(storeId, input, ct);

    [EnableRateLimiting(RateLimits.Checkout)]
    [HttpPost("items/{itemId:guid}/redeem")]
    public async Task<ActionResult<MallRedemptionDto>> RedeemAsync(Guid itemId, RedeemMallItemDto input, CancellationToken ct) =>
        StatusCode(201, await service.RedeemAsync(itemId, input, ct));

    [HttpGet("redemptions/mine")]
    public Task<PagedResultDto<MallRedemptionDto>> GetMineAsync([FromQuery] GetMallItemsInput input, CancellationToken ct) => service.GetMineAsync(input, ct);
}
