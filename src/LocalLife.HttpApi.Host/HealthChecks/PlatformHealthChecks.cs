using LocalLife.BlobStoring;
using LocalLife.Eventing;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace LocalLife.HealthChecks;

/// <summary>
/// Readiness of the shared services this host uses, each only when configured. Small own checks: the packaged
/// RabbitMQ/Redis checks want their own client registrations, and these need one call each.
/// </summary>
internal static class PlatformHealthChecks
{
    public static IHealthChecksBuilder AddLocalLifePlatformChecks(this IHealthChecksBuilder checks, IConfiguration configuration)
    {
        var rabbit = configuration.GetConnectionString("RabbitMq");
        if (!string.IsNullOrWhiteSpace(rabbit)) checks.AddCheck("rabbitmq", new RabbitMqHealthCheck(rabbit), tags: ["ready"]);
        var redis = configuration.GetConnectionString("Redis");
        if (!string.IsNullOrWhiteSpace(redis)) checks.AddCheck("redis", new RedisHealthCheck(redis), tags: ["ready"]);
        checks.AddTypeActivatedCheck<BlobStoreHealthCheck>("blob", failureStatus: null, tags: ["ready"]);
        return checks;
    }
}

internal sealed class RabbitMqHealthCheck(string uri) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var factory = RabbitMqTopology.Factory(uri, "locallife-health");
            factory.RequestedConnectionTimeout = TimeSpan.FromSeconds(3);
            await using var connection = await factory.CreateConnectionAsync(ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("RabbitMQ unreachable", e);
        }
    }
}

/// <summary>One lazily made multiplexer that reconnects by itself; a ping per check.</summary>
internal sealed class RedisHealthCheck(string configuration) : IHealthCheck, IDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = new(() =>
    {
        var options = ConfigurationOptions.Parse(configuration);
        options.AbortOnConnectFail = false;
        options.ConnectTimeout = 2000;
        return ConnectionMultiplexer.ConnectAsync(options);
    });

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            var latency = await (await _connection.Value).GetDatabase().PingAsync().WaitAsync(TimeSpan.FromSeconds(3), ct);
            return HealthCheckResult.Healthy($"ping {latency.TotalMilliseconds:0} ms");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Redis unreachable", e);
        }
    }

    public void Dispose()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully) _connection.Value.Result.Dispose();
    }
}

internal sealed class BlobStoreHealthCheck(IBlobProvider provider) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken ct = default)
    {
        try
        {
            await provider.CheckAsync(ct).WaitAsync(TimeSpan.FromSeconds(5), ct);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy("Blob store unreachable", e);
        }
    }
}
