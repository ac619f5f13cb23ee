using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LocalLife.Media;

/// <summary>Store and space videos: ask for an upload URL, PUT the file there, then say it is complete.</summary>
[Route("api/admin/videos")]
public sealed class VideoController(IVideoAppService service) : AdminController
{
    [EnableRateLimiting(RateLimits.Upload)]
    [HttpPost, Authorize(LocalLifePermissions.Stores.Manage)]
    public async Task<ActionResult<VideoUploadDto>> RequestUploadAsync(RequestVideoUploadDto input, CancellationToken ct) =>
        StatusCode(201, await service.RequestUploadAsync(input, ct));

    [HttpPost("{id:guid}/complete"), Authorize(LocalLifePermissions.Stores.Manage)]
    public Task<VideoDto> CompleteUploadAsync(Guid id, CancellationToken ct) => service.CompleteUploadAsync(id, ct);

    [HttpGet, Authorize(LocalLifePermissions.Stores.Default)]
    public Task<IReadOnlyList<VideoDto>> GetListAsync([FromQuery] GetVideosInput input, CancellationToken ct) => service.GetListAsync(input, ct);

    [HttpGet("{id:guid}"), Authorize(LocalLifePermissions.Stores.Default)]
    public Task<VideoDto> GetAsync(Guid id, CancellationToken ct) => service.GetAsync(id, ct);

    [HttpDelete("{id:guid}"), Authorize(LocalLifePermissions.Stores.Manage)]
    public async Task<NoContentResult> DeleteAsync(Guid id, CancellationToken ct)
    {
        await service.DeleteAsync(id, ct);
        return NoContent();
    }
}
