namespace LocalLife.Media;

/// <summary>
/// What a playable video must be (requirements §5.2.2): a room or booth video at most 20 s, a store video at most
/// 2 minutes, and at least 720p (the shorter side ≥ 720 px). A little slack on duration absorbs container rounding.
/// </summary>
public static class VideoRules
{
    public const int MinShortSide = 720;
    public const long MaxUploadBytes = 200L * 1024 * 1024;
    public static readonly IReadOnlyList<string> AcceptedTypes = ["video/mp4", "video/quicktime"];
    private const int DurationSlackMs = 500;

    public static int MaxDurationMs(VideoOwnerKind kind) => kind == VideoOwnerKind.Space ? 20_000 : 120_000;

    /// <summary>Why the file cannot be used, or null when it can.</summary>
    public static string? Check(VideoOwnerKind kind, VideoProbe? probe)
    {
        if (probe is null || !probe.HasVideo || probe.DurationMs <= 0) return "not-a-video";
        if (probe.DurationMs > MaxDurationMs(kind) + DurationSlackMs) return "too-long";
        if (Math.Min(probe.Width, probe.Height) < MinShortSide) return "too-small";
        return null;
    }
}

/// <summary>What ffprobe says about a file.</summary>
public sealed record VideoProbe(bool HasVideo, long DurationMs, int Width, int Height);
