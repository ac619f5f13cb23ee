using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using LocalLife.Errors;
using Microsoft.AspNetCore.RateLimiting;
using OpenIddict.Abstractions;

namespace LocalLife.RateLimiting;

/// <summary>
/// The limits of <see cref="LocalLife.RateLimits"/>, each a sliding window per signed-in user (its subject) or, before
/// sign-in, per client IP address. A request over its limit answers 429 problem details (<c>LocalLife:TooManyRequests</c>)
/// with <c>Retry-After</c>, and reaches no use case.
/// </summary>
public static class RateLimitingSetup
{
    public static IServiceCollection AddLocalLifeRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = RejectAsync;
            foreach (var name in LocalLife.RateLimits.All)
            {
                var limit = options.Limits.GetValueOrDefault(name)
                    ?? throw new InvalidOperationException($"RateLimits:Limits:{name} is not configured.");
                if (limit.PermitLimit <= 0 || limit.Window <= TimeSpan.Zero)
                    throw new InvalidOperationException($"RateLimits:Limits:{name} needs a positive PermitLimit and Window.");
                limiter.AddPolicy(name, context => options.Enabled
                    ? RateLimitPartition.GetSlidingWindowLimiter(PartitionKey(context), _ => new SlidingWindowRateLimiterOptions
                    {
                        PermitLimit = limit.PermitLimit,
                        Window = limit.Window,
                        SegmentsPerWindow = 6,
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    })
                    : RateLimitPartition.GetNoLimiter(string.Empty));
            }
        });
        return services;
    }

    /// <summary>The signed-in user, else the address the request came from (behind a proxy: the forwarded one, see UseForwardedHeaders).</summary>
    private static string PartitionKey(HttpContext context) =>
        context.User.FindFirstValue(OpenIddictConstants.Claims.Subject) is { Length: > 0 } subject
            ? "user:" + subject
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken ct)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? (int)Math.Ceiling(retryAfter.TotalSeconds) : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<ProblemWriter>();
        await problems.WriteAsync(context, new BusinessException(LocalLifeErrorCodes.TooManyRequests).With("RetryAfter", seconds));
    }
}
