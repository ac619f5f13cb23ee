using LocalLife.WeChat.ContentSecurity;
using LocalLife.WeChat.Messages;
using LocalLife.WeChat.MiniProgram;
using LocalLife.WeChat.Pay;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class WeChatServiceCollectionExtensions
{
    /// <summary>
    /// Binds <c>WeChat:MiniProgram</c> and <c>WeChat:Pay</c> and registers the typed clients. Keys are parsed on first
    /// use, so a host without WeChat Pay configured starts as long as it does not resolve a Pay service.
    /// </summary>
    public static IServiceCollection AddLocalLifeWeChat(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<WeChatMiniProgramOptions>().Bind(configuration.GetSection(WeChatMiniProgramOptions.SectionName));
        services.AddOptions<WeChatPayOptions>().Bind(configuration.GetSection(WeChatPayOptions.SectionName));
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(WeChatAccessTokenProvider.HttpClientName, MiniProgramBase);
        services.TryAddSingleton<WeChatAccessTokenProvider>();
        services.AddHttpClient<WeChatLoginClient>(MiniProgramBase);
        services.AddHttpClient<WeChatPhoneNumberClient>(MiniProgramBase);
        services.AddHttpClient<WeChatSubscribeMessageClient>(MiniProgramBase);
        services.AddHttpClient<WeChatContentSecurityClient>(MiniProgramBase);

        services.TryAddSingleton<WeChatPayKeys>();
        services.TryAddSingleton<WeChatPaySignatureVerifier>();
        services.TryAddSingleton<WeChatPayRequestSender>();
        services.TryAddSingleton<WeChatPayNotificationParser>();
        services.AddHttpClient<WeChatPayClient>(PayBase);
        services.AddHttpClient<WeChatPayRefundClient>(PayBase);
        return services;
    }

    private static void MiniProgramBase(IServiceProvider sp, HttpClient http) =>
        http.BaseAddress = WeChatApiHttp.NormalizeBase(sp.GetRequiredService<IOptions<WeChatMiniProgramOptions>>().Value.BaseAddress);

    private static void PayBase(IServiceProvider sp, HttpClient http) =>
        http.BaseAddress = WeChatApiHttp.NormalizeBase(sp.GetRequiredService<IOptions<WeChatPayOptions>>().Value.BaseAddress);
}
