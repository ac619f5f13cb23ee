namespace LocalLife.Auth;

/// <summary>The "Auth" configuration section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>The issuer URL; empty means the request's own base URL.</summary>
    public string? Issuer { get; set; }

    /// <summary>Where signing, encryption and data-protection keys live; shared by every host behind a load balancer.</summary>
    public string? KeysPath { get; set; }

    /// <summary>The resource-owner password grant, for tests and the demo only.</summary>
    public bool EnablePasswordGrant { get; set; }

    public int AccessTokenMinutes { get; set; } = 60;
    public int RefreshTokenDays { get; set; } = 14;
}
