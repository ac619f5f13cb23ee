namespace LocalLife.Identity;

public static class LocalLifeScopes
{
    /// <summary>The LocalLife HTTP API, for integrators (client credentials) and first-party apps.</summary>
    public const string Api = "locallife.api";

    /// <summary>Application property names stored on an integrator's OpenIddict application.</summary>
    public const string TenantIdProperty = "locallife_tenant_id";
    public const string PermissionsProperty = "locallife_permissions";
}

/// <summary>The first-party OpenIddict clients the migrator registers.</summary>
public static class LocalLifeClients
{
    /// <summary>The Angular admin: authorization code + PKCE, refresh tokens.</summary>
    public const string Admin = "locallife-admin";

    /// <summary>Password grant + refresh, only where configuration enables it (tests, demo, API explorer).</summary>
    public const string Console = "locallife-console";

    /// <summary>The demo integrator (client credentials) of the KTV demo tenant.</summary>
    public const string DemoIntegrator = "demo-integrator";
    public const string DemoIntegratorSecret = "demo-integrator-secret";

    /// <summary>The customer mini-program (and its H5 build): WeChat login grant + refresh, public client.</summary>
    public const string MiniProgram = "locallife-miniprogram";
}
