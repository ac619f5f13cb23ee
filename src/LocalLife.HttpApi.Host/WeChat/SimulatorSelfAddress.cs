using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace LocalLife.WeChat;

/// <summary>
/// Where the host can reach itself, for the simulator mode: configured, or read from the running server on first
/// use (the WeChat options are built on the first WeChat call, after the server listens).
/// </summary>
internal sealed class SimulatorSelfAddress(IServer server, IConfiguration configuration)
{
    private string? _root;

    public string Root => _root ??= Resolve();

    private string Resolve()
    {
        if (configuration[WeChatHostSetup.SimulatorSelfBaseUrlKey] is { Length: > 0 } configured) return configured.TrimEnd('/');
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) ?? addresses.FirstOrDefault()
            ?? throw new InvalidOperationException($"The host listens on no address yet: set {WeChatHostSetup.SimulatorSelfBaseUrlKey}.");
        // A wildcard listener is reachable on loopback.
        foreach (var wildcard in new[] { "://+", "://*", "://[::]", "://0.0.0.0" })
            address = address.Replace(wildcard, "://127.0.0.1", StringComparison.Ordinal);
        return new Uri(address).GetLeftPart(UriPartial.Authority);
    }
}
