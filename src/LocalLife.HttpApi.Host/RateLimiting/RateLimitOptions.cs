namespace LocalLife.RateLimiting;

/// <summary>
/// <c>RateLimits</c> in the settings: each limit of <see cref="LocalLife.RateLimits"/> as so many requests per sliding
/// window, counted per signed-in user (per IP address when nobody is signed in).
/// </summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";

    /// <summary>Off only for tests that race many requests of one user (the limits get their own tests).</summary>
    public bool Enabled { get; set; } = true;

    public Dictionary<string, RateLimit> Limits { get; set; } = new(StringComparer.Ordinal)
    {
        [LocalLife.RateLimits.Login] = new(30, TimeSpan.FromMinutes(1)),
        [LocalLife.RateLimits.Phone] = new(5, TimeSpan.FromMinutes(10)),
        [LocalLife.RateLimits.Checkout] = new(30, TimeSpan.FromMinutes(1)),
        [LocalLife.RateLimits.Review] = new(10, TimeSpan.FromHours(1)),
        [LocalLife.RateLimits.Upload] = new(60, TimeSpan.FromMinutes(1)),
    };
}

/// <summary>At most <see cref="PermitLimit"/> requests in any <see cref="Window"/> (a sliding window of six segments).</summary>
public sealed class RateLimit
{
    public RateLimit() { }

    public RateLimit(int permitLimit, TimeSpan window) => (PermitLimit, Window) = (permitLimit, window);

    public int PermitLimit { get; set; }
    public TimeSpan Window { get; set; }
}
