namespace LocalLife.Media;

/// <summary>Merchants upload store and space videos by presigned URL; customers get the playable ones through the catalog.</summary>
public interface IVideoAppService
{
    Task<VideoUploadDto> RequestUploadAsync(RequestVideoUploadDto input, CancellationToken ct);

    /// <summary>The client finished its PUT: the video goes to processing (a background job).</summary>
    Task<VideoDto> CompleteUploadAsync(Guid id, CancellationToken ct);

    Task<VideoDto> GetAsync(Guid id, CancellationToken ct);

    Task<IReadOnlyList<VideoDto>> GetListAsync(GetVideosInput input, CancellationToken ct);

    Task DeleteAsync(Guid id, CancellationToken ct);
}
