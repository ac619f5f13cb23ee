using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Testing;

/// <summary>The real host (Program) on a test database, through the app's non-owner role, with its own key folder.</summary>
public sealed class LocalLifeApiFactory(
    string appConnectionString,
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    public string KeysPath { get; } = Path.Combine(Path.GetTempPath(), "locallife-test-keys", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Default", appConnectionString);
        builder.UseSetting("Auth:EnablePasswordGrant", "true");
        builder.UseSetting("Auth:KeysPath", KeysPath);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) builder.UseSetting(key, value);
        if (services is not null) builder.ConfigureTestServices(services);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(KeysPath)) Directory.Delete(KeysPath, recursive: true);
    }
}
