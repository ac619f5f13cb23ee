using StackExchange.Redis;

namespace LocalLife.Caching;

internal static class CachingSetup
{
    /// <summary>
    /// Redis as the shared cache when <c>ConnectionStrings:Redis</c> is set (every host sees one catalog version);
    /// otherwise the in-memory cache the application registers. Fails fast while Redis is away.
    /// </summary>
    public static IServiceCollection AddLocalLifeCaching(this IServiceCollection services, IConfiguration configuration)
    {
        var redis = configuration.GetConnectionString("Redis");
        if (string.IsNullOrWhiteSpace(redis)) return services;
        services.AddStackExchangeRedisCache(options =>
        {
            var config = ConfigurationOptions.Parse(redis);
            config.AbortOnConnectFail = false;
            config.ConnectTimeout = 1000;
            config.SyncTimeout = 1000;
            config.AsyncTimeout = 1000;
            config.BacklogPolicy = BacklogPolicy.FailFast;
            options.ConfigurationOptions = config;
            options.InstanceName = configuration["RealTime:ChannelPrefix"] ?? "locallife";
        });
        return services;
    }
}
