using LocalLife.BlobStoring;
using LocalLife.Errors;
using LocalLife.MultiTenancy;

namespace LocalLife.Reviews;

/// <summary>
/// A review's photos in the blob container <see cref="Container"/>, on the platform's side (a customer is a platform user
/// and uploads before the review names a merchant): <c>{customer}/{id}.{ext}</c>. The customer PUTs each photo to a
/// presigned link, then submits the names; readers get download links that expire.
/// </summary>
public sealed class ReviewImages(IBlobContainerFactory blobs, ICurrentTenant currentTenant, TimeProvider clock)
{
    public const string Container = "review-images";
    public static readonly TimeSpan UploadWindow = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(1);

    private static readonly Dictionary<string, string> Extensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["image/jpeg"] = "jpg", ["image/png"] = "png", ["image/webp"] = "webp",
    };

    public async Task<ReviewImageUploadDto> RequestUploadAsync(Guid customerId, RequestReviewImageUploadDto input, CancellationToken ct)
    {
        if (!Extensions.TryGetValue(input.ContentType, out var extension))
            throw new BusinessException(BlobErrorCodes.ContentTypeNotAllowed).With("ContentType", input.ContentType);
        var name = $"{customerId:N}/{Guid.CreateVersion7():N}.{extension}";
        using (currentTenant.Change(null))
        {
            var url = await blobs.Get(Container).CreateUploadUrlAsync(name, input.ContentType, input.SizeBytes, UploadWindow, ct);
            return new ReviewImageUploadDto(name, url, input.ContentType, clock.GetUtcNow() + UploadWindow);
        }
    }

    /// <summary>Every name is one of this customer's uploads and the file arrived; otherwise <see cref="ReviewErrorCodes.ImageNotUploaded"/>.</summary>
    public async Task EnsureUploadedAsync(Guid customerId, IReadOnlyList<string> names, CancellationToken ct)
    {
        using (currentTenant.Change(null))
        {
            var container = blobs.Get(Container);
            foreach (var name in names)
                if (!name.StartsWith($"{customerId:N}/", StringComparison.Ordinal) || !await container.ExistsAsync(name, ct))
                    throw new BusinessException(ReviewErrorCodes.ImageNotUploaded).With("Name", name);
        }
    }

    public async Task<IReadOnlyList<string>> LinksAsync(IReadOnlyList<string> names, CancellationToken ct)
    {
        if (names.Count == 0) return [];
        using (currentTenant.Change(null))
        {
            var container = blobs.Get(Container);
            var links = new List<string>(names.Count);
            foreach (var name in names) links.Add((await container.CreateDownloadUrlAsync(name, LinkLifetime, ct)).ToString());
            return links;
        }
    }
}
