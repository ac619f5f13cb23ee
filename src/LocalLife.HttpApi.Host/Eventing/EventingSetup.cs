using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LocalLife.Eventing;

internal static class EventingSetup
{
    /// <summary>
    /// The relay runs on every host. With <c>ConnectionStrings:RabbitMq</c> set, events go through RabbitMQ and every
    /// host consumes; without it, the relay hands them to this process's handlers (embedded default).
    /// </summary>
    public static IServiceCollection AddLocalLifeEventBus(this IServiceCollection services, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration.GetConnectionString("RabbitMq")))
        {
            services.Replace(ServiceDescriptor.Singleton<IEventTransport, RabbitMqEventTransport>());
            services.AddHostedService<RabbitMqEventConsumer>();
        }
        services.AddHostedService<OutboxRelayService>();
        return services;
    }
}
