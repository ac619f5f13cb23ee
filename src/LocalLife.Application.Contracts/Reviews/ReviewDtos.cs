using LocalLife.Common;

namespace LocalLife.Reviews;

public sealed record SubmitReviewDto
{
    public ReviewSourceKind SourceKind { get; init; }
    public Guid SourceId { get; init; }
    public int Stars { get; init; }
    public string? Text { get; init; }
    public IReadOnlyList<string> Tags { get; init; } = [];

    /// <summary>Names of images the customer uploaded first (<c>POST api/app/reviews/images</c>).</summary>
    public IReadOnlyList<string> Images { get; init; } = [];
}

public sealed record RequestReviewImageUploadDto
{
    public string ContentType { get; init; } = "";
    public long SizeBytes { get; init; }
}

/// <summary>Where to PUT the image (with exactly this content type) before the link expires, and the name to submit.</summary>
public sealed record ReviewImageUploadDto(string Name, Uri UploadUrl, string ContentType, DateTimeOffset ExpiresAt);

/// <summary>A review as its author and the merchant see it (with its status; the reason when rejected). Images are links that expire.</summary>
public sealed record ReviewDto(
    Guid Id,
    Guid StoreId,
    string StoreName,
    ReviewSourceKind SourceKind,
    Guid SourceId,
    int Stars,
    string Text,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Images,
    ReviewStatus Status,
    string? RejectionReason,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? PublishedAt,
    ReviewReplyDto? Reply);

public sealed record ReviewReplyDto(string Text, DateTimeOffset RepliedAt, DateTimeOffset? EditedAt);

/// <summary>A published review as everyone sees it: the author only as a masked alias.</summary>
public sealed record PublicReviewDto(
    Guid Id,
    string Author,
    int Stars,
    string Text,
    IReadOnlyList<string> Tags,
    IReadOnlyList<string> Images,
    DateTimeOffset PublishedAt,
    ReviewReplyDto? Reply);

public sealed record TagCountDto(string Tag, int Count);

public sealed record StoreReviewsDto(
    Guid StoreId,
    decimal Average,
    int Count,
    IReadOnlyList<int> StarCounts,
    IReadOnlyList<TagCountDto> Tags,
    PagedResultDto<PublicReviewDto> Reviews);

/// <summary>A review with its moderation record, as operators see it.</summary>
public sealed record ModerationReviewDto(
    ReviewDto Review,
    Guid TenantId,
    Guid CustomerId,
    MachineVerdict? MachineVerdict,
    int? MachineLabel,
    IReadOnlyList<string> Flags,
    ModerationDecision? Decision,
    Guid? ModeratorId,
    DateTimeOffset? ModeratedAt);

public sealed record GetMyReviewsInput : PagedRequestDto
{
    public Guid? SourceId { get; init; }
}

public sealed record GetStoreReviewsInput : PagedRequestDto
{
    public int? Stars { get; init; }
}

public sealed record GetMerchantReviewsInput : PagedRequestDto
{
    public Guid? StoreId { get; init; }
    public ReviewStatus? Status { get; init; }
    public int? Stars { get; init; }
}

public sealed record GetModerationQueueInput : PagedRequestDto
{
    public ReviewStatus? Status { get; init; }
    public Guid? TenantId { get; init; }
}

public sealed record ReplyReviewDto
{
    public string Text { get; init; } = "";
}

public sealed record ModerationReasonDto
{
    public string Reason { get; init; } = "";
}

public sealed record ReviewSettingsDto(IReadOnlyList<string> BlockedWords, IReadOnlyList<string> SuspiciousWords);
