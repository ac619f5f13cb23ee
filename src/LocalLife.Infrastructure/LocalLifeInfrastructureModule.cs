using LocalLife.Media;
using LocalLife.Payments;
using LocalLife.Printing;
using LocalLife.Spaces;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife;

public static class LocalLifeInfrastructureModule
{
    /// <summary>
    /// The adapters the use cases call through their ports. The WeChat Pay clients the gateway uses come from
    /// AddLocalLifeWeChat(configuration), which the host calls too.
    /// </summary>
    public static IServiceCollection AddLocalLifeInfrastructure(this IServiceCollection services)
    {
        services.AddScoped<IPaymentGateway, WeChatPaymentGateway>();
        services.AddSingleton<IVideoProcessor, FfmpegVideoProcessor>();
        services.AddSingleton<IPrinterTransport, NetworkPrinterTransport>();
        services.AddSingleton<IQrPngRenderer, QrCoderPngRenderer>();
        services.AddSingleton<IQrSheetRenderer, PdfQrSheetRenderer>();
        return services;
    }
}
