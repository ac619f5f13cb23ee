using LocalLife.BlobStoring;

namespace LocalLife.Media;

internal static class VideoMapping
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(1);

    /// <summary>Ready videos carry time-limited links to the MP4 and its poster.</summary>
    public static async Task<VideoDto> ToDtoAsync(this Video v, IBlobContainer container, CancellationToken ct) => new(
        v.Id, v.StoreId, v.SpaceId, v.OwnerKind, v.Status, v.RejectReason, v.DurationMs, v.Width, v.Height, v.SortOrder,
        v.Status == VideoStatus.Ready ? await container.CreateDownloadUrlAsync(v.VideoName!, LinkLifetime, ct) : null,
        v.Status == VideoStatus.Ready ? await container.CreateDownloadUrlAsync(v.PosterName!, LinkLifetime, ct) : null);
}
