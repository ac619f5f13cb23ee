using LocalLife.BackgroundJobs;
using LocalLife.BlobStoring;
using LocalLife.Entities;
using Microsoft.Extensions.Logging;

namespace LocalLife.Media;

public sealed record ProcessVideoArgs(Guid VideoId);

/// <summary>
/// Runs as the video's tenant: fetches the upload, checks it (VideoRules), transcodes it and stores the MP4 and
/// poster beside it, or rejects it with a reason. A retry after a crash finds the video already decided and stops.
/// </summary>
public sealed class ProcessVideoJob(
    IVideoRepository videos,
    IBlobContainerFactory blobs,
    IVideoProcessor processor,
    IUnitOfWork unitOfWork,
    ILogger<ProcessVideoJob> logger) : IBackgroundJob<ProcessVideoArgs>
{
    public const string Container = "media";

    public async Task ExecuteAsync(ProcessVideoArgs args, CancellationToken ct)
    {
        var video = await videos.GetAsync(args.VideoId, ct);
        if (video.Status != VideoStatus.Processing) return;
        var container = blobs.Get(Container);
        var work = Directory.CreateTempSubdirectory("locallife-video-");
        try
        {
            var source = Path.Combine(work.FullName, "source");
            await using (var blob = await container.GetAsync(video.SourceName, ct))
            {
                if (blob is null) { video.Reject("missing", null); await unitOfWork.SaveChangesAsync(ct); return; }
                await using var file = File.Create(source);
                await blob.Content.CopyToAsync(file, ct);
            }

            var probe = await processor.ProbeAsync(source, ct);
            if (VideoRules.Check(video.OwnerKind, probe) is { } reason)
            {
                video.Reject(reason, probe);
                logger.LogInformation("Video {VideoId} rejected: {Reason}", video.Id, reason);
            }
            else
            {
                var mp4 = Path.Combine(work.FullName, "video.mp4");
                var poster = Path.Combine(work.FullName, "poster.jpg");
                await processor.TranscodeAsync(source, mp4, poster, ct);
                var output = await processor.ProbeAsync(mp4, ct) ?? probe!;
                video.Accept(output);
                await using (var stream = File.OpenRead(mp4)) await container.PutAsync(video.VideoName!, stream, "video/mp4", ct);
                await using (var stream = File.OpenRead(poster)) await container.PutAsync(video.PosterName!, stream, "image/jpeg", ct);
                await container.DeleteAsync(video.SourceName, ct);
            }
            await unitOfWork.SaveChangesAsync(ct);
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
