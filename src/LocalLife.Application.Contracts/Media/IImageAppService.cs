namespace LocalLife.Media;

/// <summary>
/// Pictures merchants upload through the API (product and store photos; review photos have their own private container, see
/// ReviewImages). Each is kept under its uploader's tenant and served publicly at a stable, unguessable address.
/// </summary>
public interface IImageAppService
{
    /// <summary>Stores the file as the current tenant's. 422 when it is not a picture or too large.</summary>
    Task<ImageDto> UploadAsync(Stream content, long length, CancellationToken ct);

    /// <summary>The picture at an address <see cref="UploadAsync"/> gave, or null.</summary>
    Task<BlobImage?> GetAsync(string owner, string fileName, CancellationToken ct);
}

/// <summary>A picture's bytes to send back; the caller disposes it.</summary>
public sealed record BlobImage(Stream Content, string ContentType, long Length) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
