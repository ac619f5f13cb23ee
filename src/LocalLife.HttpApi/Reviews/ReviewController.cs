using LocalLife.Common;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Reviews;

/// <summary>The merchant's reviews and replies.</summary>
[Route("api/admin/reviews")]
public sealed class ReviewController(IReviewAppService service) : AdminController
{
    [HttpGet, Authorize(LocalLifePermissions.Reviews.Default)]
    public Task<PagedResultDto<ModerationReviewDto>> GetListAsync([FromQuery] GetMerchantReviewsInput input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpPut("{id:guid}/reply"), Authorize(LocalLifePermissions.Reviews.Reply)]
    public Task<ReviewDto> ReplyAsync(Guid id, ReplyReviewDto input, CancellationToken ct) => service.ReplyAsync(id, input, ct);
}
