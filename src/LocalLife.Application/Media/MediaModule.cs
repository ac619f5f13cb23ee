using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Media;

public static class MediaModule
{
    /// <summary>Store and space videos (upload, check, transcode) and product photos.</summary>
    public static IServiceCollection AddMedia(this IServiceCollection services)
    {
        services.AddScoped<ProcessVideoJob>();
        services.AddScoped<IVideoAppService, VideoAppService>();
        services.AddScoped<IImageAppService, ImageAppService>();
        return services;
    }
}
