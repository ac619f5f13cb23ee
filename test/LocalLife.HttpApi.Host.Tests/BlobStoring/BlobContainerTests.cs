using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LocalLife.Errors;
using LocalLife.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LocalLife.BlobStoring;

/// <summary>The same behaviour from both providers: the host's file system (embedded default) and S3 (s3rver on loopback).</summary>
[Collection(ApiCollection.Name)]
public sealed class BlobContainerTests(ApiFixture api) : IDisposable
{
    private static readonly string Bucket = "locallife-test-" + Guid.NewGuid().ToString("N")[..8];
    private readonly S3BlobProvider _s3 = new(new S3BlobOptions
    {
        Endpoint = $"http://127.0.0.1:{Environment.GetEnvironmentVariable("LOCALLIFE_S3_PORT") ?? "9000"}",
        AccessKey = "S3RVER", SecretKey = "S3RVER", Bucket = Bucket,
    });

    public static TheoryData<string> Providers => new("FileSystem", "S3");

    [Theory, MemberData(nameof(Providers))]
    public async Task Put_get_exists_and_delete_round_trip(string provider)
    {
        var ktv = await TenantIdAsync("ktv-demo");
        var media = Container(provider, ktv);
        var name = $"menu/{Guid.NewGuid():N}.png";

        await media.PutAsync(name, new MemoryStream([1, 2, 3, 4]), "image/png", CancellationToken.None);

        (await media.ExistsAsync(name, CancellationToken.None)).ShouldBeTrue();
        await using (var blob = (await media.GetAsync(name, CancellationToken.None)).ShouldNotBeNull())
        {
            blob.ContentType.ShouldBe("image/png");
            (await ReadAllAsync(blob.Content)).ShouldBe([1, 2, 3, 4]);
        }
        (await media.DeleteAsync(name, CancellationToken.None)).ShouldBeTrue();
        (await media.ExistsAsync(name, CancellationToken.None)).ShouldBeFalse();
        (await media.DeleteAsync(name, CancellationToken.None)).ShouldBeFalse();
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_tenant_can_never_reach_another_tenants_objects(string provider)
    {
        var (ktv, tea) = (await TenantIdAsync("ktv-demo"), await TenantIdAsync("teahouse-demo"));
        var name = $"{Guid.NewGuid():N}.png";
        await Container(provider, ktv).PutAsync(name, new MemoryStream([7]), "image/png", CancellationToken.None);

        var other = Container(provider, tea);
        (await other.ExistsAsync(name, CancellationToken.None)).ShouldBeFalse();
        (await other.GetAsync(name, CancellationToken.None)).ShouldBeNull();
        (await other.DeleteAsync(name, CancellationToken.None)).ShouldBeFalse();
        foreach (var climbing in new[] { $"../{ktv:N}/{name}", $"../../media/{ktv:N}/{name}", $"/{name}", "a//b", "a/./b" })
            (await Should.ThrowAsync<BusinessException>(() => other.GetAsync(climbing, CancellationToken.None))).Code.ShouldBe(BlobErrorCodes.InvalidName);
        (await Container(provider, ktv).ExistsAsync(name, CancellationToken.None)).ShouldBeTrue();
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task Content_types_and_sizes_outside_the_containers_limits_are_refused(string provider)
    {
        var media = Container(provider, await TenantIdAsync("ktv-demo"));
        (await Should.ThrowAsync<BusinessException>(() => media.PutAsync("a.exe", new MemoryStream([1]), "application/x-msdownload", CancellationToken.None)))
            .Code.ShouldBe(BlobErrorCodes.ContentTypeNotAllowed);
        (await Should.ThrowAsync<BusinessException>(() => media.CreateUploadUrlAsync("big.mp4", "video/mp4", 300L * 1024 * 1024, TimeSpan.FromMinutes(5), CancellationToken.None)))
            .Code.ShouldBe(BlobErrorCodes.TooLarge);
    }

    [Theory, MemberData(nameof(Providers))]
    public async Task A_presigned_upload_then_a_presigned_download_move_the_bytes_without_the_api(string provider)
    {
        var media = Container(provider, await TenantIdAsync("cafe-demo"));
        var name = $"videos/{Guid.NewGuid():N}.mp4";
        var bytes = Encoding.UTF8.GetBytes("not really a video");
        var upload = await media.CreateUploadUrlAsync(name, "video/mp4", bytes.Length, TimeSpan.FromMinutes(5), CancellationToken.None);

        using var http = HttpFor(provider);
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("video/mp4");
        (await http.PutAsync(upload, content)).StatusCode.ShouldBe(HttpStatusCode.OK);

        var download = await media.CreateDownloadUrlAsync(name, TimeSpan.FromMinutes(5), CancellationToken.None);
        (await http.GetByteArrayAsync(download)).ShouldBe(bytes);
    }

    [Fact]
    public async Task File_system_links_that_were_tampered_with_or_used_for_another_type_are_refused()
    {
        var media = Container("FileSystem", await TenantIdAsync("cafe-demo"));
        var upload = await media.CreateUploadUrlAsync("poster.png", "image/png", 3, TimeSpan.FromMinutes(5), CancellationToken.None);
        var client = api.CreateClient();

        var wrongType = new ByteArrayContent([1, 2, 3]);
        wrongType.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        await (await client.PutAsync(upload, wrongType)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, BlobErrorCodes.ContentTypeNotAllowed);
        var tooLong = new ByteArrayContent([1, 2, 3, 4]);
        tooLong.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        await (await client.PutAsync(upload, tooLong)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, BlobErrorCodes.TooLarge);

        var tampered = upload.ToString()[..^6] + "AAAAAA";
        await (await client.PutAsync(tampered, new ByteArrayContent([1]))).ShouldBeProblemAsync(HttpStatusCode.Forbidden, BlobErrorCodes.InvalidLink);
        var asDownload = upload.ToString().Replace("/blobs/u/", "/blobs/d/");
        await (await client.GetAsync(asDownload)).ShouldBeProblemAsync(HttpStatusCode.Forbidden, BlobErrorCodes.InvalidLink);
    }

    private IBlobContainer Container(string provider, Guid tenantId)
    {
        var services = api.Factory.Services;
        var tenant = new FixedTenant(tenantId);
        var options = services.GetRequiredService<IOptions<BlobStoringOptions>>();
        IBlobProvider backend = provider == "S3" ? _s3 : services.GetRequiredService<IBlobProvider>();
        return new BlobContainerFactory(options, backend, tenant).Get("media");
    }

    private HttpClient HttpFor(string provider) => provider == "S3" ? new HttpClient() : api.CreateClient();

    private static async Task<byte[]> ReadAllAsync(Stream stream)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private Task<Guid> TenantIdAsync(string name) =>
        AllTenantsSql.ScalarAsync<Guid>(api.Database, "SELECT id FROM tenants WHERE name = @name", ("name", name));

    public void Dispose() => _s3.Dispose();

    private sealed class FixedTenant(Guid id) : ICurrentTenant
    {
        public Guid? Id => id;
        public string? Name => null;
        public IDisposable Change(Guid? tenantId, string? name = null) => throw new NotSupportedException();
    }
}
