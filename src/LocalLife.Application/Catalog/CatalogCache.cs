using System.Text.Json;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Logging;

namespace LocalLife.Catalog;

/// <summary>
/// Cache of the customer catalog reads (store list, store detail, spaces, videos) in the distributed cache (Redis
/// when configured, so every host shares it). Keys carry a catalog version; any committed catalog change writes a new
/// version, which retires every entry at once. Entries also live only <see cref="Lifetime"/>, which bounds how late
/// time-dependent fields ("open now", the current price) may be. If the cache fails, reads go to the database and the
/// cache is left alone for a while, so a Redis outage costs no request.
/// </summary>
public sealed class CatalogCache(IDistributedCache cache, TimeProvider clock, ILogger<CatalogCache> logger) : ICatalogChangeNotifier
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Pause = TimeSpan.FromSeconds(15);
    private const string VersionKey = "catalog:version";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private long _pausedUntilTicks;

    public async Task<T> GetOrCreateAsync<T>(string key, Func<Task<T>> factory, CancellationToken ct)
    {
        if (Paused) return await factory();
        try
        {
            var version = await cache.GetStringAsync(VersionKey, ct) ?? "0";
            var fullKey = $"catalog:{version}:{key}";
            var hit = await cache.GetAsync(fullKey, ct);
            if (hit is not null) return JsonSerializer.Deserialize<T>(hit, Json)!;
            var value = await factory();
            await cache.SetAsync(fullKey, JsonSerializer.SerializeToUtf8Bytes(value, Json),
                new DistributedCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime }, ct);
            return value;
        }
        catch (Exception e) when (e is not OperationCanceledException and not Errors.BusinessException)
        {
            PauseAfter(e);
            return await factory();
        }
    }

    public async Task CatalogChangedAsync(CancellationToken ct)
    {
        try
        {
            await cache.SetStringAsync(VersionKey, Guid.NewGuid().ToString("N"), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Entries expire within their lifetime anyway; the pause keeps requests fast meanwhile.
            PauseAfter(e);
        }
    }

    private bool Paused => clock.GetUtcNow().UtcTicks < Interlocked.Read(ref _pausedUntilTicks);

    private void PauseAfter(Exception e)
    {
        logger.LogWarning(e, "Catalog cache unavailable; reading the database for {Pause}", Pause);
        Interlocked.Exchange(ref _pausedUntilTicks, (clock.GetUtcNow() + Pause).UtcTicks);
    }
}
