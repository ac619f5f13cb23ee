namespace LocalLife.Media;

public interface IVideoRepository
{
    /// <summary>A video of the current tenant; another tenant's video is not found.</summary>
    Task<Video> GetAsync(Guid id, CancellationToken ct);

    Task<IReadOnlyList<Video>> GetListAsync(Guid storeId, Guid? spaceId, bool readyOnly, CancellationToken ct);

    Task InsertAsync(Video video, CancellationToken ct);

    void Delete(Video video);
}
