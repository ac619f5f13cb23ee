using LocalLife.EntityFrameworkCore;
using LocalLife.Identity;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using OpenIddict.Validation.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LocalLife.Auth;

internal static class AuthenticationSetup
{
    public const string LoginScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>OpenIddict as the authorization server of the platform, and as the validator of its own access tokens.</summary>
    public static IServiceCollection AddLocalLifeAuthentication(this IServiceCollection services, IConfiguration configuration, IWebHostEnvironment env)
    {
        var options = configuration.GetSection(AuthOptions.Section).Get<AuthOptions>() ?? new AuthOptions();
        services.Configure<AuthOptions>(configuration.GetSection(AuthOptions.Section));
        var keysPath = string.IsNullOrWhiteSpace(options.KeysPath) ? Path.Combine(env.ContentRootPath, "App_Data", "keys") : options.KeysPath;

        // Space QR codes are signed with a key from configuration, or one kept beside the signing keys.
        services.Configure<Spaces.QrOptions>(configuration.GetSection(Spaces.QrOptions.Section));
        services.PostConfigure<Spaces.QrOptions>(qr =>
        {
            if (string.IsNullOrWhiteSpace(qr.SigningKey)) qr.SigningKey = PersistentSecret.LoadOrCreate(Path.Combine(keysPath, "qr-signing.key"));
        });

        services.AddDataProtection().SetApplicationName("LocalLife").PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(keysPath, "data-protection")));

        services.AddAuthentication(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
            .AddCookie(LoginScheme, cookie =>
            {
                cookie.LoginPath = "/account/login";
                cookie.LogoutPath = "/account/logout";
                cookie.Cookie.Name = "locallife.login";
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            });

        services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<LocalLifeDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(server =>
            {
                if (!string.IsNullOrWhiteSpace(options.Issuer)) server.SetIssuer(new Uri(options.Issuer));
                server.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetEndSessionEndpointUris("connect/logout");
                server.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow()
                    .AllowCustomFlow(LocalLifeGrantTypes.WeChatMiniProgram);
                if (options.EnablePasswordGrant) server.AllowPasswordFlow();
                server.RegisterScopes(Scopes.OpenId, Scopes.Profile, Scopes.Roles, Scopes.OfflineAccess, LocalLifeScopes.Api);
                server.SetAccessTokenLifetime(TimeSpan.FromMinutes(options.AccessTokenMinutes))
                    .SetRefreshTokenLifetime(TimeSpan.FromDays(options.RefreshTokenDays));
                server.AddSigningKey(PersistentRsaKey.LoadOrCreate(Path.Combine(keysPath, "signing.pem")))
                    .AddEncryptionKey(PersistentRsaKey.LoadOrCreate(Path.Combine(keysPath, "encryption.pem")));
                // Access tokens are signed JWTs, not encrypted, so integrators and the SPA can read their claims.
                server.DisableAccessTokenEncryption();
                server.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    // The host serves plain HTTP on loopback behind a TLS-terminating proxy in production.
                    .DisableTransportSecurityRequirement();
            })
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
            });
        return services;
    }
}
