using LocalLife.WeChat.Pay;
using LocalLife.WeChat.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.WeChat.Tests.Infrastructure;

/// <summary>
/// The simulator on Kestrel at 127.0.0.1 plus a client container built by the production
/// <c>AddLocalLifeWeChat(configuration)</c>, pointed at it by configuration alone.
/// </summary>
public sealed class WeChatTestHost : IAsyncDisposable
{
    private WeChatTestHost(WeChatSimulatorHost simulator, ServiceProvider services)
    {
        SimulatorHost = simulator;
        Services = services;
    }

    public WeChatSimulatorHost SimulatorHost { get; }
    public WeChatSimulator Simulator => SimulatorHost.Simulator;
    public ServiceProvider Services { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public static async Task<WeChatTestHost> StartAsync(
        WeChatPayMode mode = WeChatPayMode.Direct,
        TimeProvider? clientClock = null,
        Action<WeChatSimulatorOptions>? simulator = null,
        Action<Dictionary<string, string?>>? settings = null)
    {
        var host = await WeChatSimulatorHost.StartAsync(o =>
        {
            o.AppId = TestKeys.AppId;
            o.AppSecret = TestKeys.AppSecret;
            o.MchId = TestKeys.MchId;
            o.MerchantSerialNo = TestKeys.MerchantSerialNo;
            o.MerchantPublicKeyPem = TestKeys.MerchantPublicPem;
            o.ApiV3Key = TestKeys.ApiV3Key;
            o.NotificationRetryDelays = [TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100)];
            simulator?.Invoke(o);
        });

        var config = new Dictionary<string, string?>
        {
            ["WeChat:MiniProgram:AppId"] = TestKeys.AppId,
            ["WeChat:MiniProgram:AppSecret"] = TestKeys.AppSecret,
            ["WeChat:MiniProgram:BaseAddress"] = host.BaseAddress.ToString(),
            ["WeChat:Pay:Mode"] = mode.ToString(),
            ["WeChat:Pay:MchId"] = TestKeys.MchId,
            ["WeChat:Pay:SpAppId"] = TestKeys.AppId,
            ["WeChat:Pay:MerchantSerialNo"] = TestKeys.MerchantSerialNo,
            ["WeChat:Pay:MerchantPrivateKeyPem"] = TestKeys.MerchantPrivatePem,
            ["WeChat:Pay:ApiV3Key"] = TestKeys.ApiV3Key,
            ["WeChat:Pay:PlatformPublicKeyPem"] = host.Simulator.PlatformPublicKeyPem,
            ["WeChat:Pay:PlatformPublicKeyId"] = host.Simulator.Options.PlatformPublicKeyId,
            ["WeChat:Pay:BaseAddress"] = host.BaseAddress.ToString(),
            ["WeChat:Pay:NotifyUrl"] = "http://127.0.0.1:9/unused",
        };
        settings?.Invoke(config);

        var services = new ServiceCollection();
        if (clientClock is not null) services.AddSingleton(clientClock);
        services.AddLocalLifeWeChat(new ConfigurationBuilder().AddInMemoryCollection(config).Build());
        return new WeChatTestHost(host, services.BuildServiceProvider());
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await SimulatorHost.DisposeAsync();
    }
}
