namespace LocalLife.BlobStoring;

/// <summary>
/// A named container of files (e.g. <c>media</c>) as the current tenant sees it: names are relative to the tenant's
/// own prefix, so one tenant can never name another's objects. Content type and size limits are the container's.
/// </summary>
public interface IBlobContainer
{
    string Name { get; }

    Task PutAsync(string name, Stream content, string contentType, CancellationToken ct);

    /// <summary>The object, or <c>null</c> when this tenant has none by that name. The caller disposes the stream.</summary>
    Task<BlobObject?> GetAsync(string name, CancellationToken ct);

    Task<bool> ExistsAsync(string name, CancellationToken ct);

    Task<bool> DeleteAsync(string name, CancellationToken ct);

    /// <summary>A URL a client PUTs the file to directly, with exactly this content type, until it expires.</summary>
    Task<Uri> CreateUploadUrlAsync(string name, string contentType, long length, TimeSpan expiry, CancellationToken ct);

    Task<Uri> CreateDownloadUrlAsync(string name, TimeSpan expiry, CancellationToken ct);
}

public sealed record BlobObject(Stream Content, string ContentType, long Length) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

public interface IBlobContainerFactory
{
    /// <summary>Throws a 404 business error for a container that is not configured.</summary>
    IBlobContainer Get(string container);
}
