using StackExchange.Redis;

namespace LocalLife.RealTime;

internal static class RealTimeSetup
{
    /// <summary>SignalR with the Redis backplane when <c>ConnectionStrings:Redis</c> is set, so any host reaches any client.</summary>
    public static IServiceCollection AddLocalLifeRealTime(this IServiceCollection services, IConfiguration configuration)
    {
        // Enums as names, as the HTTP API writes them.
        var signalR = services.AddSignalR().AddJsonProtocol(json =>
            json.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        var redis = configuration.GetConnectionString("Redis");
        if (!string.IsNullOrWhiteSpace(redis))
        {
            var prefix = configuration["RealTime:ChannelPrefix"] ?? "locallife";
            signalR.AddStackExchangeRedis(redis, o =>
            {
                o.Configuration.ChannelPrefix = RedisChannel.Literal(prefix);
                // Start and keep running without Redis: pushes degrade, requests do not fail.
                o.Configuration.AbortOnConnectFail = false;
                o.Configuration.ConnectTimeout = 2000;
                o.Configuration.BacklogPolicy = BacklogPolicy.FailFast; // a push while Redis is away fails at once, not after 5 s

            });
        }
        services.AddSingleton<Microsoft.AspNetCore.SignalR.IUserIdProvider, SubjectUserIdProvider>();
        services.AddSingleton<IRealtimeNotifier, SignalRRealtimeNotifier>();
        return services;
    }

    public static void MapLocalLifeHubs(this WebApplication app)
    {
        app.MapHub<StaffHub>(StaffHub.Path);
        app.MapHub<CustomerHub>(CustomerHub.Path);
    }
}
