namespace LocalLife.Media;

/// <summary>The video tool (ffprobe/ffmpeg): reads a file's facts and makes the playable MP4 and its poster.</summary>
public interface IVideoProcessor
{
    /// <summary>Null when the file is not a readable media file.</summary>
    Task<VideoProbe?> ProbeAsync(string path, CancellationToken ct);

    Task TranscodeAsync(string input, string outputMp4, string outputPoster, CancellationToken ct);
}
