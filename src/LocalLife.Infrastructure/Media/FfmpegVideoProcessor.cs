using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace LocalLife.Media;

/// <summary>
/// ffprobe for the facts, ffmpeg for the playable file: H.264 (yuv420p) + AAC in MP4 with +faststart, so a phone
/// starts playing before the download ends, and a JPEG poster from the first second.
/// </summary>
public sealed class FfmpegVideoProcessor : IVideoProcessor
{
    public async Task<VideoProbe?> ProbeAsync(string path, CancellationToken ct)
    {
        var (exit, output) = await RunAsync("ffprobe", ["-v", "error", "-print_format", "json", "-show_format", "-show_streams", path], ct);
        if (exit != 0) return null;
        using var json = JsonDocument.Parse(output);
        var video = json.RootElement.TryGetProperty("streams", out var streams)
            ? streams.EnumerateArray().FirstOrDefault(s => s.GetProperty("codec_type").GetString() == "video")
            : default;
        if (video.ValueKind != JsonValueKind.Object) return new VideoProbe(false, 0, 0, 0);
        var duration = json.RootElement.TryGetProperty("format", out var format) && format.TryGetProperty("duration", out var d)
            ? double.Parse(d.GetString()!, CultureInfo.InvariantCulture) : 0;
        return new VideoProbe(true, (long)(duration * 1000), video.GetProperty("width").GetInt32(), video.GetProperty("height").GetInt32());
    }

    public async Task TranscodeAsync(string input, string outputMp4, string outputPoster, CancellationToken ct)
    {
        var (exit, output) = await RunAsync("ffmpeg", ["-v", "error", "-y", "-i", input, "-c:v", "libx264", "-preset", "veryfast", "-crf", "23",
            "-pix_fmt", "yuv420p", "-c:a", "aac", "-movflags", "+faststart", outputMp4], ct);
        if (exit != 0) throw new InvalidOperationException($"ffmpeg transcode failed: {output}");
        (exit, output) = await RunAsync("ffmpeg", ["-v", "error", "-y", "-ss", "1", "-i", outputMp4, "-frames:v", "1", "-q:v", "3", outputPoster], ct);
        if (exit != 0 || !File.Exists(outputPoster))
            (exit, output) = await RunAsync("ffmpeg", ["-v", "error", "-y", "-i", outputMp4, "-frames:v", "1", "-q:v", "3", outputPoster], ct);
        if (exit != 0) throw new InvalidOperationException($"ffmpeg poster failed: {output}");
    }

    private static async Task<(int Exit, string Output)> RunAsync(string tool, IReadOnlyList<string> args, CancellationToken ct)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        return (process.ExitCode, (await stdout) + (await stderr));
    }
}
