using LocalLife.Common;
using LocalLife.Entities;
using LocalLife.MultiTenancy;
using LocalLife.Permissions;
using LocalLife.Security;
using LocalLife.Validation;

namespace LocalLife.Reviews;

/// <summary>
/// The platform operators' queue across every merchant (read on the cross-tenant reader, pending first) and their
/// decisions; a decision is written as the review's tenant, and the store's rating follows when the published set changes.
/// </summary>
public sealed class ReviewModerationAppService(
    IReviewRepository reviews,
    StoreRatings ratings,
    ReviewImages images,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    TimeProvider clock,
    IPermissionChecker permissionChecker,
    InputValidation inputValidation) : IReviewModerationAppService
{
    public async Task<PagedResultDto<ModerationReviewDto>> GetQueueAsync(GetModerationQueueInput input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.ReviewModeration.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        var (items, total) = await reviews.GetModerationQueueAsync(input.Status, input.TenantId, input.Skip, input.Take, ct);
        return new PagedResultDto<ModerationReviewDto>(await items.MapAsync(r => r.ToModerationDtoAsync(images, ct)), total);
    }

    public async Task<ModerationReviewDto> ApproveAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.ReviewModeration.Default, ct);
        return await DecideAsync(id, (r, now) => r.Approve(currentUser.GetId(), now), ct);
    }

    public async Task<ModerationReviewDto> RejectAsync(Guid id, ModerationReasonDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.ReviewModeration.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        return await DecideAsync(id, (r, now) => r.RejectByOperator(currentUser.GetId(), input.Reason, now), ct);
    }

    public async Task<ModerationReviewDto> TakeDownAsync(Guid id, ModerationReasonDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.ReviewModeration.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        return await DecideAsync(id, (r, now) => r.TakeDown(currentUser.GetId(), input.Reason, now), ct);
    }

    public async Task<ReviewSettingsDto> GetSettingsAsync(CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.ReviewModeration.Default, ct);
        var settings = await reviews.GetSettingsAsync(ct);
        return new ReviewSettingsDto(settings.BlockedWords, settings.SuspiciousWords);
    }

    public async Task<ReviewSettingsDto> UpdateSettingsAsync(ReviewSettingsDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.ReviewModeration.Settings, ct);
        await inputValidation.ValidateAsync(input, ct);
        var settings = await reviews.GetSettingsAsync(ct);
        settings.SetWords(input.BlockedWords, input.SuspiciousWords);
        await unitOfWork.SaveChangesAsync(ct);
        return new ReviewSettingsDto(settings.BlockedWords, settings.SuspiciousWords);
    }

    private async Task<ModerationReviewDto> DecideAsync(Guid id, Action<Review, DateTimeOffset> decide, CancellationToken ct)
    {
        using (currentTenant.Change(await reviews.GetTenantIdAcrossTenantsAsync(id, ct)))
        {
            var review = await reviews.GetAsync(id, ct);
            var wasPublished = review.IsPublished;
            decide(review, clock.GetUtcNow());
            await using var tx = await unitOfWork.BeginTransactionAsync(ct);
            await unitOfWork.SaveChangesAsync(ct);
            if (wasPublished != review.IsPublished)
            {
                await ratings.RefreshAsync(review.StoreId, ct);
                await unitOfWork.SaveChangesAsync(ct);
            }
            await tx.CommitAsync(ct);
            return await review.ToModerationDtoAsync(images, ct);
        }
    }
}
