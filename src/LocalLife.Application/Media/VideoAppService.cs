using LocalLife.BackgroundJobs;
using LocalLife.BlobStoring;
using LocalLife.Catalog;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;
using LocalLife.Permissions;
using LocalLife.Spaces;
using LocalLife.Validation;

namespace LocalLife.Media;

public sealed class VideoAppService(
    IVideoRepository videos,
    IStoreRepository stores,
    ISpaceRepository spaces,
    IBlobContainerFactory blobs,
    IBackgroundJobScheduler jobs,
    ICurrentTenant currentTenant,
    TimeProvider clock,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissionChecker,
    InputValidation inputValidation) : IVideoAppService
{
    private static readonly TimeSpan UploadWindow = TimeSpan.FromMinutes(15);

    private IBlobContainer Container => blobs.Get(ProcessVideoJob.Container);

    public async Task<VideoUploadDto> RequestUploadAsync(RequestVideoUploadDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Stores.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var store = await stores.GetAsync(input.StoreId, ct);
        if (input.SpaceId is { } spaceId && (await spaces.GetAsync(spaceId, ct)).StoreId != store.Id)
            throw new EntityNotFoundException(nameof(Space), spaceId);
        if (!VideoRules.AcceptedTypes.Contains(input.ContentType))
            throw new BusinessException(MediaErrorCodes.UnsupportedType).With("ContentType", input.ContentType);
        if (input.SizeBytes > VideoRules.MaxUploadBytes)
            throw new BusinessException(MediaErrorCodes.TooLarge).With("Max", VideoRules.MaxUploadBytes);

        var video = new Video(Guid.CreateVersion7(), currentTenant.Id!.Value, store.Id, input.SpaceId, input.ContentType, input.SizeBytes, input.SortOrder);
        var url = await Container.CreateUploadUrlAsync(video.SourceName, input.ContentType, input.SizeBytes, UploadWindow, ct);
        await videos.InsertAsync(video, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return new VideoUploadDto(video.Id, url, input.ContentType, clock.GetUtcNow() + UploadWindow);
    }

    public async Task<VideoDto> CompleteUploadAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Stores.Manage, ct);
        var video = await videos.GetAsync(id, ct);
        if (video.Status == VideoStatus.AwaitingUpload && !await Container.ExistsAsync(video.SourceName, ct))
            throw new BusinessException(MediaErrorCodes.NotUploaded);
        video.UploadCompleted();
        await unitOfWork.SaveChangesAsync(ct);
        // Enqueued after the commit: the job must find the video in Processing.
        jobs.Enqueue<ProcessVideoJob, ProcessVideoArgs>(new ProcessVideoArgs(video.Id));
        return await video.ToDtoAsync(Container, ct);
    }

    public async Task<VideoDto> GetAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Stores.Default, ct);
        return await (await videos.GetAsync(id, ct)).ToDtoAsync(Container, ct);
    }

    public async Task<IReadOnlyList<VideoDto>> GetListAsync(GetVideosInput input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Stores.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        await stores.GetAsync(input.StoreId, ct);
        var result = new List<VideoDto>();
        foreach (var video in await videos.GetListAsync(input.StoreId, input.SpaceId, readyOnly: false, ct)) result.Add(await video.ToDtoAsync(Container, ct));
        return result;
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Stores.Manage, ct);
        var video = await videos.GetAsync(id, ct);
        videos.Delete(video);
        await unitOfWork.SaveChangesAsync(ct);
        foreach (var name in new[] { video.SourceName, video.VideoName, video.PosterName }.OfType<string>()) await Container.DeleteAsync(name, ct);
    }
}
