using System.Text.Json;
using LocalLife.Identity;
using LocalLife.Tenancy;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;
using LocalLifePermissions = LocalLife.Permissions.LocalLifePermissions;

namespace LocalLife.Seeding;

/// <summary>Registers the first-party clients and, with the demo, an integrator bound to the KTV demo tenant.</summary>
public sealed class OpenIddictDataSeeder(IOpenIddictApplicationManager applications, IOpenIddictScopeManager scopes, ITenantRepository tenants, IOptions<SeedOptions> options)
{
    public async Task SeedAsync(CancellationToken ct)
    {
        if (await scopes.FindByNameAsync(LocalLifeScopes.Api, ct) is null)
            await scopes.CreateAsync(new OpenIddictScopeDescriptor { Name = LocalLifeScopes.Api, DisplayName = "LocalLife API" }, ct);

        var admin = new OpenIddictApplicationDescriptor
        {
            ClientId = LocalLifeClients.Admin,
            DisplayName = "LocalLife 管理后台",
            ClientType = ClientTypes.Public,
            ConsentType = ConsentTypes.Implicit,
            Permissions =
            {
                OpenIddictConstants.Permissions.Endpoints.Authorization, OpenIddictConstants.Permissions.Endpoints.Token, OpenIddictConstants.Permissions.Endpoints.EndSession,
                OpenIddictConstants.Permissions.GrantTypes.AuthorizationCode, OpenIddictConstants.Permissions.GrantTypes.RefreshToken, OpenIddictConstants.Permissions.ResponseTypes.Code,
                OpenIddictConstants.Permissions.Scopes.Profile, OpenIddictConstants.Permissions.Scopes.Roles, OpenIddictConstants.Permissions.Prefixes.Scope + LocalLifeScopes.Api,
            },
            Requirements = { Requirements.Features.ProofKeyForCodeExchange },
        };
        foreach (var uri in options.Value.AdminRedirectUris)
        {
            admin.RedirectUris.Add(new Uri(uri));
            admin.PostLogoutRedirectUris.Add(new Uri(uri));
        }
        await EnsureAsync(admin, ct);

        await EnsureAsync(new OpenIddictApplicationDescriptor
        {
            ClientId = LocalLifeClients.MiniProgram,
            DisplayName = "LocalLife 小程序",
            ClientType = ClientTypes.Public,
            Permissions =
            {
                OpenIddictConstants.Permissions.Endpoints.Token, OpenIddictConstants.Permissions.GrantTypes.RefreshToken,
                OpenIddictConstants.Permissions.Prefixes.GrantType + LocalLifeGrantTypes.WeChatMiniProgram,
                OpenIddictConstants.Permissions.Scopes.Profile, OpenIddictConstants.Permissions.Prefixes.Scope + LocalLifeScopes.Api,
            },
        }, ct);

        if (options.Value.EnablePasswordClient)
        {
            await EnsureAsync(new OpenIddictApplicationDescriptor
            {
                ClientId = LocalLifeClients.Console,
                DisplayName = "LocalLife console (password grant)",
                ClientType = ClientTypes.Public,
                Permissions =
                {
                    OpenIddictConstants.Permissions.Endpoints.Token, OpenIddictConstants.Permissions.GrantTypes.Password, OpenIddictConstants.Permissions.GrantTypes.RefreshToken,
                    OpenIddictConstants.Permissions.Scopes.Profile, OpenIddictConstants.Permissions.Scopes.Roles, OpenIddictConstants.Permissions.Prefixes.Scope + LocalLifeScopes.Api,
                },
            }, ct);
        }

        if (options.Value.Demo && await tenants.FindByNameAsync(DemoDataSeeder.Tenants[0].Name, ct) is { } ktv)
        {
            var integrator = new OpenIddictApplicationDescriptor
            {
                ClientId = LocalLifeClients.DemoIntegrator,
                ClientSecret = LocalLifeClients.DemoIntegratorSecret,
                DisplayName = "演示第三方集成",
                ClientType = ClientTypes.Confidential,
                Permissions = { OpenIddictConstants.Permissions.Endpoints.Token, OpenIddictConstants.Permissions.GrantTypes.ClientCredentials, OpenIddictConstants.Permissions.Prefixes.Scope + LocalLifeScopes.Api },
            };
            integrator.Properties[LocalLifeScopes.TenantIdProperty] = JsonSerializer.SerializeToElement(ktv.Id.ToString());
            integrator.Properties[LocalLifeScopes.PermissionsProperty] = JsonSerializer.SerializeToElement(
                new[] { LocalLifePermissions.Staff.Default, LocalLifePermissions.Roles.Default });
            await EnsureAsync(integrator, ct);
        }
    }

    /// <summary>Creates the client once; a second run changes nothing.</summary>
    private async Task EnsureAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken ct)
    {
        if (await applications.FindByClientIdAsync(descriptor.ClientId!, ct) is null)
            await applications.CreateAsync(descriptor, ct);
    }
}
