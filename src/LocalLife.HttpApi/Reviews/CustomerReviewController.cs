using LocalLife.Common;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LocalLife.Reviews;

/// <summary>The signed-in customer's reviews.</summary>
[Route("api/app/reviews")]
public sealed class CustomerReviewController(ICustomerReviewAppService service) : AppController
{
    [EnableRateLimiting(RateLimits.Review)]
    [HttpPost]
    public async Task<ActionResult<ReviewDto>> SubmitAsync(SubmitReviewDto input, CancellationToken ct) => StatusCode(201, await service.SubmitAsync(input, ct));

    /// <summary>A link to PUT one photo to (≤ 5 MB, JPEG/PNG/WebP); the returned name goes into the review's images.</summary>
    [EnableRateLimiting(RateLimits.Upload)]
    [HttpPost("images")]
    public Task<ReviewImageUploadDto> RequestImageUploadAsync(RequestReviewImageUploadDto input, CancellationToken ct) => service.RequestImageUploadAsync(input, ct);

    [HttpGet("mine")]
    public Task<PagedResultDto<ReviewDto>> GetMineAsync([FromQuery] GetMyReviewsInput input, CancellationToken ct) => service.GetMineAsync(input, ct);
}
