using LocalLife.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace LocalLife.Identity;

/// <summary>
/// A named set of permissions inside one tenant (or the host). Static roles are created with the tenant and
/// cannot be deleted; a tenant owner may add roles of their own.
/// </summary>
public class AppRole : IdentityRole<Guid>, IMultiTenant
{
    private AppRole() { } // EF

    public AppRole(Guid id, Guid? tenantId, string name, bool isStatic)
    {
        Id = id;
        TenantId = tenantId;
        Name = name;
        IsStatic = isStatic;
    }

    public Guid? TenantId { get; private set; }
    public bool IsStatic { get; private set; }

    /// <summary>The version of the default permissions this static role has been given (see PermissionDefinitions.Version).</summary>
    public int PermissionsVersion { get; private set; }

    public void DefaultPermissionsGiven(int version) => PermissionsVersion = Math.Max(PermissionsVersion, version);
}
