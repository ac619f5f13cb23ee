using LocalLife.Common;
using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Reviews;

/// <summary>The platform's human review of reviews, across merchants.</summary>
[Route("api/host/reviews")]
public sealed class ReviewModerationController(IReviewModerationAppService service) : HostController
{
    [HttpGet("moderation"), Authorize(LocalLifePermissions.ReviewModeration.Default)]
    public Task<PagedResultDto<ModerationReviewDto>> GetQueueAsync([FromQuery] GetModerationQueueInput input, CancellationToken ct) => service.GetQueueAsync(input, ct);

    [HttpPost("{id:guid}/approve"), Authorize(LocalLifePermissions.ReviewModeration.Default)]
    public Task<ModerationReviewDto> ApproveAsync(Guid id, CancellationToken ct) => service.ApproveAsync(id, ct);

    [HttpPost("{id:guid}/reject"), Authorize(LocalLifePermissions.ReviewModeration.Default)]
    public Task<ModerationReviewDto> RejectAsync(Guid id, ModerationReasonDto input, CancellationToken ct) => service.RejectAsync(id, input, ct);

    [HttpPost("{id:guid}/take-down"), Authorize(LocalLifePermissions.ReviewModeration.Default)]
    public Task<ModerationReviewDto> TakeDownAsync(Guid id, ModerationReasonDto input, CancellationToken ct) => service.TakeDownAsync(id, input, ct);

    [HttpGet("settings"), Authorize(LocalLifePermissions.ReviewModeration.Default)]
    public Task<ReviewSettingsDto> GetSettingsAsync(CancellationToken ct) => service.GetSettingsAsync(ct);

    [HttpPut("settings"), Authorize(LocalLifePermissions.ReviewModeration.Settings)]
    public Task<ReviewSettingsDto> UpdateSettingsAsync(ReviewSettingsDto input, CancellationToken ct) => service.UpdateSettingsAsync(input, ct);
}
