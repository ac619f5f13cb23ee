using System.Text.RegularExpressions;
using LocalLife.Errors;
using LocalLife.MultiTenancy;

namespace LocalLife.BlobStoring;

/// <summary>
/// Maps a tenant-relative name to the key <c>{container}/{tenant id | host}/{name}</c> and enforces the container's
/// limits. Names are plain relative paths (letters, digits, <c>. _ -</c>, slashes between segments; no <c>..</c>), so
/// a name can never climb out of the tenant's prefix.
/// </summary>
public sealed partial class BlobContainer(string name, BlobContainerLimits limits, IBlobProvider provider, ICurrentTenant currentTenant) : IBlobContainer
{
    public const int MaxNameLength = 512;

    public string Name { get; } = name;

    public async Task PutAsync(string name, Stream content, string contentType, CancellationToken ct)
    {
        var key = KeyOf(name);
        CheckContentType(contentType);
        if (content.CanSeek)
        {
            CheckLength(content.Length - content.Position);
            await provider.PutAsync(key, content, contentType, ct);
            return;
        }
        await using var buffered = await BufferAsync(content, ct);
        await provider.PutAsync(key, buffered, contentType, ct);
    }

    public Task<BlobObject?> GetAsync(string name, CancellationToken ct) => provider.GetAsync(KeyOf(name), ct);

    public Task<bool> ExistsAsync(string name, CancellationToken ct) => provider.ExistsAsync(KeyOf(name), ct);

    public Task<bool> DeleteAsync(string name, CancellationToken ct) => provider.DeleteAsync(KeyOf(name), ct);

    public Task<Uri> CreateUploadUrlAsync(string name, string contentType, long length, TimeSpan expiry, CancellationToken ct)
    {
        var key = KeyOf(name);
        CheckContentType(contentType);
        CheckLength(length);
        return provider.PresignUploadAsync(key, contentType, length, DateTimeOffset.UtcNow + expiry, ct);
    }

    public Task<Uri> CreateDownloadUrlAsync(string name, TimeSpan expiry, CancellationToken ct) =>
        provider.PresignDownloadAsync(KeyOf(name), DateTimeOffset.UtcNow + expiry, ct);

    private string KeyOf(string name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength || !NamePattern().IsMatch(name)
            || name.Split('/').Any(segment => segment is "." or ".."))
            throw new BusinessException(BlobErrorCodes.InvalidName).With("Name", name);
        return $"{Name}/{currentTenant.Id?.ToString("N") ?? "host"}/{name}";
    }

    private void CheckContentType(string contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType) || !limits.Allows(contentType))
            throw new BusinessException(BlobErrorCodes.ContentTypeNotAllowed).With("ContentType", contentType);
    }

    private void CheckLength(long length)
    {
        if (length < 0 || length > limits.MaxBytes) throw new BusinessException(BlobErrorCodes.TooLarge).With("MaxBytes", limits.MaxBytes);
    }

    private async Task<MemoryStream> BufferAsync(Stream content, CancellationToken ct)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, ct)) > 0)
        {
            CheckLength(buffer.Length + read);
            buffer.Write(chunk, 0, read);
        }
        buffer.Position = 0;
        return buffer;
    }

    [GeneratedRegex(@"^[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*$")]
    private static partial Regex NamePattern();
}
