using LocalLife.Entities;
using LocalLife.Eventing;
using Microsoft.Extensions.DependencyInjection;

namespace LocalLife.Spaces;

public static class SpacesModule
{
    /// <summary>Rooms and booths, their live status, and the ordering QR codes placed in them.</summary>
    public static IServiceCollection AddSpaces(this IServiceCollection services)
    {
        services.AddScoped<ISpaceAppService, SpaceAppService>();
        services.AddScoped<IDomainEventHandler<SpaceStatusChanged>, SpaceStatusChangedPublisher>();
        services.AddDistributedEventHandler<SpaceStatusChangedEto, SpaceStatusRealtimeHandler>();
        services.AddOptions<QrOptions>();
        services.AddSingleton<SpaceQrTokens>();
        services.AddScoped<ISpaceQrAppService, SpaceQrAppService>();
        services.AddScoped<SpaceScan>();
        return services;
    }
}
