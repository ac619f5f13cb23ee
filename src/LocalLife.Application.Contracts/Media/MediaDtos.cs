namespace LocalLife.Media;

public sealed record RequestVideoUploadDto
{
    public Guid StoreId { get; init; }
    /// <summary>Null for the store's own video.</summary>
    public Guid? SpaceId { get; init; }
    public string ContentType { get; init; } = "video/mp4";
    public long SizeBytes { get; init; }
    public int SortOrder { get; init; }
}

public sealed record VideoUploadDto(Guid VideoId, Uri UploadUrl, string ContentType, DateTimeOffset ExpiresAt);

public sealed record VideoDto(
    Guid Id,
    Guid StoreId,
    Guid? SpaceId,
    VideoOwnerKind OwnerKind,
    VideoStatus Status,
    string? RejectReason,
    long? DurationMs,
    int? Width,
    int? Height,
    int SortOrder,
    Uri? PlayUrl,
    Uri? PosterUrl);

public sealed record GetVideosInput
{
    public Guid StoreId { get; init; }
    public Guid? SpaceId { get; init; }
}

/// <summary>A stored picture: its stable public address (put it in a product's or a review's image list) and what it is.</summary>
public sealed record ImageDto(string Url, string ContentType, long SizeBytes);
