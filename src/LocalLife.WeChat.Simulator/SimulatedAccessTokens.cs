using System.Security.Cryptography;

namespace LocalLife.WeChat.Simulator;

/// <summary>
/// stable_token's rules: a plain call returns the current token with its remaining lifetime; a forced call
/// issues a new one. Counts calls so tests can see how often the client really refreshed.
/// </summary>
public sealed class SimulatedAccessTokens(TimeProvider clock, int lifetimeSeconds)
{
    private readonly Lock _gate = new();
    private string? _current;
    private DateTimeOffset _expiresAt;
    private int _calls;
    private int _forcedCalls;

    public int Calls => Volatile.Read(ref _calls);
    public int ForcedCalls => Volatile.Read(ref _forcedCalls);

    public (string Token, int ExpiresIn) Issue(bool forceRefresh)
    {
        lock (_gate)
        {
            _calls++;
            if (forceRefresh) _forcedCalls++;
            var now = clock.GetUtcNow();
            if (forceRefresh || _current is null || now >= _expiresAt)
            {
                _current = "sim-token-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
                _expiresAt = now.AddSeconds(lifetimeSeconds);
            }
            return (_current, (int)Math.Ceiling((_expiresAt - now).TotalSeconds));
        }
    }

    public bool IsValid(string? token)
    {
        lock (_gate) return token is not null && token == _current && clock.GetUtcNow() < _expiresAt;
    }

    /// <summary>Makes WeChat forget every token, as when the secret is reset or another server forced a refresh.</summary>
    public void RevokeAll()
    {
        lock (_gate) _current = null;
    }
}
