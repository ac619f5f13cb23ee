using LocalLife.Common;

namespace LocalLife.Reviews;

/// <summary>A customer's reviews, and every customer's view of a store's published reviews.</summary>
public interface ICustomerReviewAppService
{
    Task<ReviewImageUploadDto> RequestImageUploadAsync(RequestReviewImageUploadDto input, CancellationToken ct);
    Task<ReviewDto> SubmitAsync(SubmitReviewDto input, CancellationToken ct);
    Task<PagedResultDto<ReviewDto>> GetMineAsync(GetMyReviewsInput input, CancellationToken ct);
    Task<StoreReviewsDto> GetStoreReviewsAsync(Guid storeId, GetStoreReviewsInput input, CancellationToken ct);
}

/// <summary>A merchant's reviews of its own stores and its replies.</summary>
public interface IReviewAppService
{
    Task<PagedResultDto<ModerationReviewDto>> GetListAsync(GetMerchantReviewsInput input, CancellationToken ct);
    Task<ReviewDto> ReplyAsync(Guid id, ReplyReviewDto input, CancellationToken ct);
}

/// <summary>The platform's human review: the queue across merchants, decisions, and the word lists.</summary>
public interface IReviewModerationAppService
{
    Task<PagedResultDto<ModerationReviewDto>> GetQueueAsync(GetModerationQueueInput input, CancellationToken ct);
    Task<ModerationReviewDto> ApproveAsync(Guid id, CancellationToken ct);
    Task<ModerationReviewDto> RejectAsync(Guid id, ModerationReasonDto input, CancellationToken ct);
    Task<ModerationReviewDto> TakeDownAsync(Guid id, ModerationReasonDto input, CancellationToken ct);
    Task<ReviewSettingsDto> GetSettingsAsync(CancellationToken ct);
    Task<ReviewSettingsDto> UpdateSettingsAsync(ReviewSettingsDto input, CancellationToken ct);
}
