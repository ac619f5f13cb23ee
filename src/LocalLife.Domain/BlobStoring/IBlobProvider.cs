namespace LocalLife.BlobStoring;

/// <summary>
/// A storage back end working on full keys (file system or S3). Tenancy, names and limits are not its business:
/// <see cref="BlobContainer"/> settles them before a key reaches it.
/// </summary>
public interface IBlobProvider
{
    Task PutAsync(string key, Stream content, string contentType, CancellationToken ct);
    Task<BlobObject?> GetAsync(string key, CancellationToken ct);
    Task<bool> ExistsAsync(string key, CancellationToken ct);
    Task<bool> DeleteAsync(string key, CancellationToken ct);
    Task<Uri> PresignUploadAsync(string key, string contentType, long length, DateTimeOffset expiresAt, CancellationToken ct);
    Task<Uri> PresignDownloadAsync(string key, DateTimeOffset expiresAt, CancellationToken ct);

    /// <summary>Throws when the store cannot be reached (health check).</summary>
    Task CheckAsync(CancellationToken ct);
}
