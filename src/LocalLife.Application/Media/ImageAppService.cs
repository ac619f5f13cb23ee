using LocalLife.BlobStoring;
using LocalLife.Errors;
using LocalLife.MultiTenancy;
using LocalLife.Permissions;

namespace LocalLife.Media;

/// <summary>
/// Uploaded pictures in the media container under <c>images/</c>. The public address names the owning tenant and a fresh file
/// name, so reading one needs no login and guessing one is hopeless.
/// </summary>
public sealed class ImageAppService(IBlobContainerFactory blobs, ICurrentTenant currentTenant, IPermissionChecker permissionChecker) : IImageAppService
{
    private const string Folder = "images/";

    private IBlobContainer Container => blobs.Get(ProcessVideoJob.Container);

    public async Task<ImageDto> UploadAsync(Stream content, long length, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Menu.Manage, ct);
        if (length > ImageRules.MaxBytes) throw TooLarge();
        using var buffer = new MemoryStream((int)Math.Max(0, length));
        await content.CopyToAsync(buffer, ct);
        if (buffer.Length > ImageRules.MaxBytes) throw TooLarge();
        if (ImageRules.Sniff(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)) is not var (contentType, extension))
            throw new BusinessException(MediaErrorCodes.NotAnImage);

        var fileName = $"{Guid.CreateVersion7():N}.{extension}";
        buffer.Position = 0;
        await Container.PutAsync(Folder + fileName, buffer, contentType, ct);
        return new ImageDto($"{ImageRules.PublicPath}/{currentTenant.Id!.Value:N}/{fileName}", contentType, buffer.Length);
    }

    public async Task<BlobImage?> GetAsync(string owner, string fileName, CancellationToken ct)
    {
        if (!ImageRules.IsFileName(fileName) || !Guid.TryParseExact(owner, "N", out var tenant)) return null;
        using var _ = currentTenant.Change(tenant);
        return await Container.GetAsync(Folder + fileName, ct) is { } blob ? new BlobImage(blob.Content, blob.ContentType, blob.Length) : null;
    }

    private static BusinessException TooLarge() => new BusinessException(MediaErrorCodes.ImageTooLarge).With("Max", ImageRules.MaxBytes);
}
