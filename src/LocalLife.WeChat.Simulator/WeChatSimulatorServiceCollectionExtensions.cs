using System.Security.Cryptography;
using LocalLife.WeChat.Pay;
using LocalLife.WeChat.Simulator;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class WeChatSimulatorServiceCollectionExtensions
{
    /// <summary>
    /// For a demo host: binds <c>WeChatSimulator</c>, fills the gaps from the host's own WeChat settings (the merchant
    /// public key is derived from <c>WeChat:Pay:MerchantPrivateKeyPem</c>), and, when <c>WeChat:Pay:PlatformPublicKeyPem</c>
    /// is empty, hands the simulator's generated platform key to the host's Pay client.
    /// </summary>
    public static IServiceCollection AddWeChatSimulator(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WeChatSimulatorOptions>()
            .Bind(configuration.GetSection(WeChatSimulatorOptions.SectionName))
            .PostConfigure(o => FillFromHost(o, configuration));
        services.AddOptions<WeChatPayOptions>().PostConfigure<WeChatSimulator>((pay, sim) =>
        {
            if (!string.IsNullOrWhiteSpace(pay.PlatformPublicKeyPem)) return;
            pay.PlatformPublicKeyPem = sim.PlatformPublicKeyPem;
            pay.PlatformPublicKeyId = sim.Options.PlatformPublicKeyId;
        });
        return AddSimulator(services);
    }

    /// <summary>For tests and standalone use: options given in code.</summary>
    public static IServiceCollection AddWeChatSimulator(this IServiceCollection services, Action<WeChatSimulatorOptions> configure)
    {
        services.AddOptions<WeChatSimulatorOptions>().Configure(configure);
        return AddSimulator(services);
    }

    private static IServiceCollection AddSimulator(IServiceCollection services)
    {
        services.TryAddSingleton(sp => new WeChatSimulator(
            sp.GetRequiredService<IOptions<WeChatSimulatorOptions>>(), sp.GetService<TimeProvider>()));
        return services;
    }

    private static void FillFromHost(WeChatSimulatorOptions o, IConfiguration configuration)
    {
        string? Host(string key) => configuration[key] is { Length: > 0 } value ? value : null;
        o.AppId = Or(o.AppId, Host("WeChat:MiniProgram:AppId"));
        o.AppSecret = Or(o.AppSecret, Host("WeChat:MiniProgram:AppSecret"));
        o.MchId = Or(o.MchId, Host("WeChat:Pay:MchId"));
        o.MerchantSerialNo = Or(o.MerchantSerialNo, Host("WeChat:Pay:MerchantSerialNo"));
        o.ApiV3Key = Or(o.ApiV3Key, Host("WeChat:Pay:ApiV3Key"));
        if (string.IsNullOrWhiteSpace(o.MerchantPublicKeyPem) && Host("WeChat:Pay:MerchantPrivateKeyPem") is { } privatePem)
        {
            using var rsa = RSA.Create();
            rsa.ImportFromPem(privatePem);
            o.MerchantPublicKeyPem = rsa.ExportSubjectPublicKeyInfoPem();
        }
    }

    private static string Or(string value, string? fallback) => string.IsNullOrWhiteSpace(value) ? fallback ?? "" : value;
}
