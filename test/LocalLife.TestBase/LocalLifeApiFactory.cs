using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Testing;

/// <summary>
/// The real host (Program) on a test database, through the app's non-owner role and the cross-tenant reader, with its own
/// key and blob folders.
/// Shared services are off unless a test turns them on through <paramref name="settings"/> (the environment of
/// etc/scripts/test.sh names the shared RabbitMQ and Redis, which parallel test hosts must not share by accident).
/// </summary>
public sealed class LocalLifeApiFactory(
    TestDatabase database,
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? configureServices = null) : WebApplicationFactory<Program>
{
    public string KeysPath { get; } = Path.Combine(Path.GetTempPath(), "locallife-test-keys", Guid.NewGuid().ToString("N"));
    public string BlobPath { get; } = Path.Combine(Path.GetTempPath(), "locallife-test-blobs", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", database.AppConnectionString);
        builder.UseSetting("ConnectionStrings:CrossTenant", database.ReaderConnectionString);
        builder.UseSetting("ConnectionStrings:RabbitMq", "");
        builder.UseSetting("ConnectionStrings:Redis", "");
        builder.UseSetting("Auth:EnablePasswordGrant", "true");
        builder.UseSetting("Auth:KeysPath", KeysPath);
        builder.UseSetting("Blob:Provider", "FileSystem");
        builder.UseSetting("Blob:FileSystem:Path", BlobPath);
        builder.UseSetting("Events:PollInterval", "00:00:00.500");
        builder.UseSetting("BackgroundJobs:PollInterval", "00:00:01");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // The tests race hundreds of requests of one user from one address; the limits have their own tests (RateLimitTests).
        builder.UseSetting("RateLimits:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        if (configureServices is not null) builder.ConfigureTestServices(configureServices);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var path in new[] { KeysPath, BlobPath })
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
    }
}
