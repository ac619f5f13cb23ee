using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;

namespace LocalLife.Media;

/// <summary>
/// An uploaded video of a store or a space (several angles per space). It is played only once a job has checked
/// it (duration, resolution) and transcoded it to H.264 MP4 with faststart and a poster frame.
/// </summary>
public class Video : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private static readonly Dictionary<VideoStatus, VideoStatus[]> Transitions = new()
    {
        [VideoStatus.AwaitingUpload] = [VideoStatus.Processing],
        [VideoStatus.Processing] = [VideoStatus.Ready, VideoStatus.Rejected],
        [VideoStatus.Ready] = [],
        [VideoStatus.Rejected] = [],
    };

    private Video() { } // EF

    public Video(Guid id, Guid tenantId, Guid storeId, Guid? spaceId, string contentType, long sizeBytes, int sortOrder) : base(id)
    {
        TenantId = tenantId;
        StoreId = storeId;
        SpaceId = spaceId;
        OwnerKind = spaceId is null ? VideoOwnerKind.Store : VideoOwnerKind.Space;
        ContentType = contentType;
        SizeBytes = sizeBytes;
        SortOrder = sortOrder;
        SourceName = $"videos/{id:N}/source";
        Status = VideoStatus.AwaitingUpload;
    }

    public Guid? TenantId { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid? SpaceId { get; private set; }
    public VideoOwnerKind OwnerKind { get; private set; }
    public VideoStatus Status { get; private set; }
    public string ContentType { get; private set; } = null!;
    public long SizeBytes { get; private set; }
    public int SortOrder { get; private set; }
    public string SourceName { get; private set; } = null!;
    public string? VideoName { get; private set; }
    public string? PosterName { get; private set; }
    public long? DurationMs { get; private set; }
    public int? Width { get; private set; }
    public int? Height { get; private set; }
    public string? RejectReason { get; private set; }

    public void UploadCompleted() => MoveTo(VideoStatus.Processing);

    public void Accept(VideoProbe output)
    {
        MoveTo(VideoStatus.Ready);
        VideoName = $"videos/{Id:N}/video.mp4";
        PosterName = $"videos/{Id:N}/poster.jpg";
        DurationMs = output.DurationMs;
        Width = output.Width;
        Height = output.Height;
    }

    public void Reject(string reason, VideoProbe? probe)
    {
        MoveTo(VideoStatus.Rejected);
        RejectReason = reason;
        DurationMs = probe?.DurationMs;
        Width = probe?.Width;
        Height = probe?.Height;
    }

    private void MoveTo(VideoStatus next)
    {
        if (!Transitions[Status].Contains(next))
            throw new BusinessException(MediaErrorCodes.IllegalTransition).With("From", Status).With("To", next);
        Status = next;
    }
}
