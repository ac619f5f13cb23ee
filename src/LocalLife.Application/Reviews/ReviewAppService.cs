using LocalLife.Common;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Permissions;
using LocalLife.Validation;

namespace LocalLife.Reviews;

/// <summary>The merchant's reviews (its tenant only: another merchant's review is not found) and its replies.</summary>
public sealed class ReviewAppService(IReviewRepository reviews, ReviewImages images, IUnitOfWork unitOfWork, TimeProvider clock, IPermissionChecker permissionChecker, InputValidation inputValidation) : IReviewAppService
{
    public async Task<PagedResultDto<ModerationReviewDto>> GetListAsync(GetMerchantReviewsInput input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Reviews.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        var (items, total) = await reviews.GetPageAsync(new ReviewQuery(StoreId: input.StoreId, Status: input.Status, Stars: input.Stars), input.Skip, input.Take, ct);
        return new PagedResultDto<ModerationReviewDto>(await items.MapAsync(r => r.ToModerationDtoAsync(images, ct)), total);
    }

    public async Task<ReviewDto> ReplyAsync(Guid id, ReplyReviewDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Reviews.Reply, ct);
        await inputValidation.ValidateAsync(input, ct);
        var review = await reviews.GetAsync(id, ct);
        var settings = await reviews.GetSettingsAsync(ct);
        if (ReviewText.FindWords(input.Text ?? "", settings.BlockedWords).Count > 0) throw new BusinessException(ReviewErrorCodes.ReplyHasBlockedWords);
        review.Reply(input.Text ?? "", clock.GetUtcNow());
        await unitOfWork.SaveChangesAsync(ct);
        return await review.ToDtoAsync(images, ct);
    }
}
