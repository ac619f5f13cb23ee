using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LocalLife.Media;

/// <summary>Merchant staff upload product and store photos (multipart, field <c>file</c>); the answer's URL goes into the product.</summary>
[Route("api/admin/media/images")]
public sealed class ImageController(IImageAppService service) : AdminController
{
    /// <summary>Twice the picture limit: a somewhat larger file still gets the clear "too large" answer, not a cut connection.</summary>
    private const long MaxRequestBytes = 2 * ImageRules.MaxBytes;

    [EnableRateLimiting(RateLimits.Upload)]
    [HttpPost, Authorize(LocalLifePermissions.Menu.Manage), RequestSizeLimit(MaxRequestBytes), ProducesResponseType(StatusCodes.Status201Created)]
    public async Task<ActionResult<ImageDto>> UploadAsync(IFormFile file, CancellationToken ct)
    {
        await using var content = file.OpenReadStream();
        return StatusCode(StatusCodes.Status201Created, await service.UploadAsync(content, file.Length, ct));
    }
}

/// <summary>
/// The pictures themselves, public like the menus that show them; a picture never changes under its address, so
/// clients and CDNs may keep it for a year.
/// </summary>
[Route(ImageRules.Route)]
[AllowAnonymous]
public sealed class PublicImageController(IImageAppService service) : LocalLifeController
{
    [HttpGet("{owner}/{fileName}"), ProducesResponseType<Stream>(StatusCodes.Status200OK, "image/jpeg", "image/png", "image/webp")]
    public async Task<IActionResult> GetAsync(string owner, string fileName, CancellationToken ct)
    {
        if (await service.GetAsync(owner, fileName, ct) is not { } image) return NotFound();
        Response.Headers.CacheControl = "public, max-age=31536000, immutable";
        Response.Headers.XContentTypeOptions = "nosniff";
        return File(image.Content, image.ContentType, enableRangeProcessing: false);
    }
}
