using System.Security.Claims;
using LocalLife.MultiTenancy;
using LocalLife.Permissions;
using LocalLife.Security;

namespace LocalLife.Seeding;

/// <summary>
/// Who the seeders are when they go through the use cases (the demo merchants, their menus), which check permissions
/// like for any caller: the migrator itself, an integrator-like caller holding every permission (the checker keeps
/// those of the side it works on). It exists only inside the migrator's process; nobody signs in as it.
/// </summary>
internal sealed class SeedingCaller : ICurrentPrincipalAccessor
{
    public ClaimsPrincipal Principal { get; } = new(new ClaimsIdentity(
        PermissionDefinitions.All.Select(p => new Claim(LocalLifeClaimTypes.Permission, p.Name)).Append(new Claim("sub", "locallife-migrator")),
        authenticationType: "LocalLife.Migrator"));
}
