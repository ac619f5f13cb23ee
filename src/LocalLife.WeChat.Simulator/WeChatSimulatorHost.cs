using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LocalLife.WeChat.Simulator;

/// <summary>The simulator on its own Kestrel server at http://127.0.0.1:{random port}, for tests.</summary>
public sealed class WeChatSimulatorHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private WeChatSimulatorHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        Simulator = app.Services.GetRequiredService<WeChatSimulator>();
    }

    /// <summary>Root of the simulated APIs; use it as both BaseAddress settings.</summary>
    public Uri BaseAddress { get; }
    public WeChatSimulator Simulator { get; }

    public static async Task<WeChatSimulatorHost> StartAsync(
        Action<WeChatSimulatorOptions> configure, string prefix = "/wechat-sim", CancellationToken ct = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddWeChatSimulator(configure);
        var app = builder.Build();
        app.MapWeChatSimulator(prefix);
        await app.StartAsync(ct);

        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        return new WeChatSimulatorHost(app, new Uri(address.TrimEnd('/') + prefix));
    }

    public async ValueTask DisposeAsync()
    {
        await Simulator.WhenSettledAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
