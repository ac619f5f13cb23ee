using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using LocalLife.Errors;
using static LocalLife.Catalog.CatalogTestData;

namespace LocalLife.Media;

/// <summary>Videos through the real pipeline: presigned upload, background job, ffprobe checks, ffmpeg transcode.</summary>
[Collection(ApiCollection.Name)]
public sealed class VideoApiTests(ApiFixture api)
{
    [Fact]
    public async Task A_720p_space_video_is_transcoded_with_a_poster_and_customers_can_play_it()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        var store = await owner.CreateStoreAsync(NewStore(lat, lng));
        var space = await owner.CreateSpaceAsync(store.Id, NewSpace("A01"));
        var clip = await MakeClipAsync("testsrc=duration=3:size=1280x720:rate=25");

        var clock = Stopwatch.StartNew();
        var video = await UploadAsync(owner, store.Id, space.Id, clip);
        Console.WriteLine($"upload to ready: {clock.ElapsedMilliseconds} ms");
        video.Status.ShouldBe(VideoStatus.Ready);
        (video.Width, video.Height).ShouldBe((1280, 720));
        video.DurationMs!.Value.ShouldBeInRange(2_900, 3_200);

        var playable = await (await api.CreateClient().GetAsync($"/api/app/catalog/stores/{store.Id}/videos?spaceId={space.Id}")).ReadAsAsync<List<VideoDto>>();
        var play = playable.Single();
        var mp4 = await api.CreateClient().GetByteArrayAsync(play.PlayUrl!.PathAndQuery);
        var faststart = System.Text.Encoding.ASCII.GetString(mp4, 0, Math.Min(mp4.Length, 4096));
        faststart.IndexOf("moov", StringComparison.Ordinal).ShouldBeLessThan(faststart.IndexOf("mdat", StringComparison.Ordinal) is var m and >= 0 ? m : int.MaxValue);
        var poster = await api.CreateClient().GetByteArrayAsync(play.PosterUrl!.PathAndQuery);
        poster.Take(2).ShouldBe(new byte[] { 0xFF, 0xD8 }); // JPEG
        (await api.CreateClient().GetAsync($"/api/app/catalog/stores/{store.Id}/videos")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("testsrc=duration=21:size=1280x720:rate=2", "too-long")]
    [InlineData("testsrc=duration=2:size=640x360:rate=10", "too-small")]
    [InlineData(null, "not-a-video")]
    public async Task Bad_files_are_rejected_with_a_reason(string? source, string reason)
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        var store = await owner.CreateStoreAsync(NewStore(lat, lng));
        var space = await owner.CreateSpaceAsync(store.Id, NewSpace("A01"));
        var file = source is null ? System.Text.Encoding.UTF8.GetBytes("这不是视频 / not a video") : await MakeClipAsync(source);
        var video = await UploadAsync(owner, store.Id, space.Id, file);
        video.Status.ShouldBe(VideoStatus.Rejected);
        video.RejectReason.ShouldBe(reason);
        video.PlayUrl.ShouldBeNull();
        (await (await api.CreateClient().GetAsync($"/api/app/catalog/stores/{store.Id}/videos?spaceId={space.Id}")).ReadAsAsync<List<VideoDto>>()).ShouldBeEmpty();
    }

    [Fact]
    public async Task Upload_requests_are_checked_and_another_tenants_store_is_not_found()
    {
        var owner = await api.LoginAsync(ApiFixture.KtvTenant, "owner");
        var (lat, lng) = RandomSpot();
        var store = await owner.CreateStoreAsync(NewStore(lat, lng));
        await (await owner.PostJsonAsync("/api/admin/videos", new RequestVideoUploadDto { StoreId = store.Id, ContentType = "image/gif", SizeBytes = 10 }))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, MediaErrorCodes.UnsupportedType);
        await (await owner.PostJsonAsync("/api/admin/videos", new RequestVideoUploadDto { StoreId = store.Id, SizeBytes = 0 }))
            .ShouldBeProblemAsync(HttpStatusCode.BadRequest, LocalLifeErrorCodes.Validation);
        var upload = await (await owner.PostJsonAsync("/api/admin/videos", new RequestVideoUploadDto { StoreId = store.Id, SizeBytes = 1000 }))
            .ReadAsAsync<VideoUploadDto>(HttpStatusCode.Created);
        await (await owner.PostAsync($"/api/admin/videos/{upload.VideoId}/complete", null)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, MediaErrorCodes.NotUploaded);

        var tea = await api.LoginAsync(ApiFixture.TeaTenant, "owner");
        await (await tea.PostJsonAsync("/api/admin/videos", new RequestVideoUploadDto { StoreId = store.Id, SizeBytes = 1000 }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        await (await tea.GetAsync($"/api/admin/videos/{upload.VideoId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
        await (await tea.DeleteAsync($"/api/admin/videos/{upload.VideoId}")).ShouldBeProblemAsync(HttpStatusCode.NotFound, LocalLifeErrorCodes.EntityNotFound);
    }

    private async Task<VideoDto> UploadAsync(HttpClient merchant, Guid storeId, Guid? spaceId, byte[] file)
    {
        var upload = await (await merchant.PostJsonAsync("/api/admin/videos", new RequestVideoUploadDto { StoreId = storeId, SpaceId = spaceId, SizeBytes = file.Length }))
            .ReadAsAsync<VideoUploadDto>(HttpStatusCode.Created);
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(upload.ContentType);
        (await api.CreateClient().PutAsync(upload.UploadUrl.PathAndQuery, content)).IsSuccessStatusCode.ShouldBeTrue();
        (await (await merchant.PostAsync($"/api/admin/videos/{upload.VideoId}/complete", null)).ReadAsAsync<VideoDto>()).Status.ShouldBe(VideoStatus.Processing);

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var video = await (await merchant.GetAsync($"/api/admin/videos/{upload.VideoId}")).ReadAsAsync<VideoDto>();
            if (video.Status is VideoStatus.Ready or VideoStatus.Rejected || DateTime.UtcNow > deadline) return video;
            await Task.Delay(250);
        }
    }

    private static async Task<byte[]> MakeClipAsync(string source)
    {
        var path = Path.Combine(Path.GetTempPath(), $"locallife-clip-{Guid.NewGuid():N}.mp4");
        var start = new ProcessStartInfo("ffmpeg") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in new[] { "-v", "error", "-y", "-f", "lavfi", "-i", source, "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", path })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.ShouldBe(0, error);
        try { return await File.ReadAllBytesAsync(path); }
        finally { File.Delete(path); }
    }
}
