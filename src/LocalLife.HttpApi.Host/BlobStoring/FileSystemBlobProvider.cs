using System.Text.Json;
using LocalLife.Errors;
using Microsoft.AspNetCore.DataProtection;

namespace LocalLife.BlobStoring;

/// <summary>
/// The embedded default: objects under a folder (<c>Blob:FileSystem:Path</c>), content type beside them. Presigned URLs
/// point at this host's <c>/blobs</c> endpoints and carry a time-limited, data-protected ticket, which every host can
/// read because they share the data-protection keys.
/// </summary>
internal sealed class FileSystemBlobProvider(string root, IDataProtectionProvider protection, BlobLinkBuilder links) : IBlobProvider
{
    public const string Purpose = "LocalLife.Blob.Link";

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken ct)
    {
        var (data, meta) = PathsOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(data)!);
        Directory.CreateDirectory(Path.GetDirectoryName(meta)!);
        var temporary = data + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await using (var file = File.Create(temporary)) await content.CopyToAsync(file, ct);
        await File.WriteAllTextAsync(meta, JsonSerializer.Serialize(new Meta(contentType)), ct);
        File.Move(temporary, data, overwrite: true); // readers see the old or the new object, never half of one
    }

    public async Task<BlobObject?> GetAsync(string key, CancellationToken ct)
    {
        var (data, meta) = PathsOf(key);
        if (!File.Exists(data)) return null;
        var contentType = File.Exists(meta) ? JsonSerializer.Deserialize<Meta>(await File.ReadAllTextAsync(meta, ct))!.ContentType : "application/octet-stream";
        var stream = new FileStream(data, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 81920, useAsync: true);
        return new BlobObject(stream, contentType, stream.Length);
    }

    public Task<bool> ExistsAsync(string key, CancellationToken ct) => Task.FromResult(File.Exists(PathsOf(key).Data));

    public Task<bool> DeleteAsync(string key, CancellationToken ct)
    {
        var (data, meta) = PathsOf(key);
        var existed = File.Exists(data);
        if (existed) File.Delete(data);
        if (File.Exists(meta)) File.Delete(meta);
        return Task.FromResult(existed);
    }

    public Task<Uri> PresignUploadAsync(string key, string contentType, long length, DateTimeOffset expiresAt, CancellationToken ct) =>
        Task.FromResult(links.Build("u", Protect(new BlobTicket("u", key, contentType, length), expiresAt)));

    public Task<Uri> PresignDownloadAsync(string key, DateTimeOffset expiresAt, CancellationToken ct) =>
        Task.FromResult(links.Build("d", Protect(new BlobTicket("d", key, null, 0), expiresAt)));

    public Task CheckAsync(CancellationToken ct)
    {
        Directory.CreateDirectory(root);
        var probe = Path.Combine(root, $".health-{Guid.NewGuid():N}");
        File.WriteAllText(probe, "ok");
        File.Delete(probe);
        return Task.CompletedTask;
    }

    /// <summary>The ticket of a link, or a 403 business error when it was tampered with, expired, or is of another kind.</summary>
    public BlobTicket Unprotect(string operation, string token)
    {
        try
        {
            var ticket = JsonSerializer.Deserialize<BlobTicket>(protection.CreateProtector(Purpose).ToTimeLimitedDataProtector().Unprotect(token));
            if (ticket is not null && ticket.Operation == operation) return ticket;
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or JsonException) { }
        throw new BusinessException(BlobErrorCodes.InvalidLink);
    }

    private string Protect(BlobTicket ticket, DateTimeOffset expiresAt) =>
        protection.CreateProtector(Purpose).ToTimeLimitedDataProtector().Protect(JsonSerializer.Serialize(ticket), expiresAt);

    private (string Data, string Meta) PathsOf(string key)
    {
        var data = Path.GetFullPath(Path.Combine(root, "data", key));
        var meta = Path.GetFullPath(Path.Combine(root, "meta", key + ".json"));
        // The container already refused names that climb; this is the belt to those braces.
        if (!data.StartsWith(Path.GetFullPath(root) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new BusinessException(BlobErrorCodes.InvalidName).With("Name", key);
        return (data, meta);
    }

    private sealed record Meta(string ContentType);
}

/// <summary>What a presigned link allows: download (<c>d</c>) or upload (<c>u</c>) of one key, of one type and length.</summary>
internal sealed record BlobTicket(string Operation, string Key, string? ContentType, long Length);
