using System.Security.Cryptography;
using LocalLife.Payments;
using LocalLife.WeChat.MiniProgram;
using LocalLife.WeChat.Pay;

namespace LocalLife.WeChat;

/// <summary>
/// The WeChat clients, configured from <c>WeChat:MiniProgram</c> / <c>WeChat:Pay</c> (production: the real
/// WeChat addresses). With <c>WeChat:Simulator:Enabled</c> (development, demos, tests) the host also serves the
/// simulator under <see cref="SimulatorPrefix"/> and points its own clients at it, so a simulated payment reaches
/// the very notify endpoint and signature checks production uses.
/// </summary>
internal static class WeChatHostSetup
{
    public const string SimulatorPrefix = "/wechat-sim";
    public const string SimulatorEnabledKey = "WeChat:Simulator:Enabled";
    /// <summary>The host's own root as the simulator should call it back; empty: the first address Kestrel listens on.</summary>
    public const string SimulatorSelfBaseUrlKey = "WeChat:Simulator:SelfBaseUrl";
    public const string NotifyPath = "/api/payments/wechat/notify";
    public const string RefundNotifyPath = "/api/payments/wechat/refund-notify";

    public static bool IsSimulatorEnabled(IConfiguration configuration) => configuration.GetValue<bool>(SimulatorEnabledKey);

    public static IServiceCollection AddLocalLifeWeChatHost(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PaymentOptions>(configuration.GetSection(PaymentOptions.Section));
        services.Configure<Ordering.OrderingOptions>(configuration.GetSection(Ordering.OrderingOptions.Section));
        services.Configure<Ordering.NotificationOptions>(configuration.GetSection(Ordering.NotificationOptions.Section));
        var simulated = IsSimulatorEnabled(configuration);
        if (simulated && string.IsNullOrWhiteSpace(configuration["WeChat:Pay:MerchantPrivateKeyPem"]))
        {
            // The simulator only needs the host and itself to agree on a merchant key: a fresh one per start will do.
            using var rsa = RSA.Create(2048);
            configuration["WeChat:Pay:MerchantPrivateKeyPem"] = rsa.ExportPkcs8PrivateKeyPem();
        }
        services.AddLocalLifeWeChat(configuration);
        if (!simulated) return services;

        services.AddWeChatSimulator(configuration);
        services.AddSingleton<SimulatorSelfAddress>();
        services.AddOptions<WeChatMiniProgramOptions>().PostConfigure<SimulatorSelfAddress>((o, self) => o.BaseAddress = self.Root + SimulatorPrefix);
        services.AddOptions<WeChatPayOptions>().PostConfigure<SimulatorSelfAddress>((o, self) =>
        {
            o.BaseAddress = self.Root + SimulatorPrefix;
            if (string.IsNullOrWhiteSpace(o.NotifyUrl)) o.NotifyUrl = self.Root + NotifyPath;
        });
        services.AddOptions<PaymentOptions>().PostConfigure<SimulatorSelfAddress>((o, self) =>
        {
            if (string.IsNullOrWhiteSpace(o.RefundNotifyUrl)) o.RefundNotifyUrl = self.Root + RefundNotifyPath;
        });
        return services;
    }

    public static WebApplication MapLocalLifeWeChatSimulator(this WebApplication app)
    {
        if (IsSimulatorEnabled(app.Configuration)) app.MapWeChatSimulator(SimulatorPrefix).ExcludeFromDescription();
        return app;
    }
}
