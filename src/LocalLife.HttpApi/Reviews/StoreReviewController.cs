using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Reviews;

/// <summary>A store's published reviews, for everyone (like the rest of the catalog, signed in or not).</summary>
[Route("api/app/stores/{storeId:guid}/reviews")]
public sealed class StoreReviewController(ICustomerReviewAppService service) : AppController
{
    [HttpGet, AllowAnonymous]
    public Task<StoreReviewsDto> GetAsync(Guid storeId, [FromQuery] GetStoreReviewsInput input, CancellationToken ct) =>
        service.GetStoreReviewsAsync(storeId, input, ct);
}
