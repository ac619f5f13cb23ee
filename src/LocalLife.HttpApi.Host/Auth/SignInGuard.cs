using LocalLife.Identity;
using LocalLife.MultiTenancy;
using LocalLife.Tenancy;
using Microsoft.AspNetCore.Identity;

namespace LocalLife.Auth;

/// <summary>
/// One place that decides whether credentials sign someone in: the tenant (by name) must exist and be active, the
/// user must belong to it, be active, not locked out, and the password must match. Failures count towards lockout.
/// </summary>
public sealed class SignInGuard(ITenantRepository tenants, UserManager<AppUser> users, ICurrentTenant currentTenant)
{
    public async Task<(AppUser User, Tenant? Tenant)?> CheckPasswordAsync(string? tenantName, string userName, string password, CancellationToken ct)
    {
        Tenant? tenant = null;
        if (!string.IsNullOrWhiteSpace(tenantName))
        {
            tenant = await tenants.FindByNameAsync(tenantName, ct);
            if (tenant is not { IsActive: true }) return null;
        }
        using (currentTenant.Change(tenant?.Id, tenant?.Name))
        {
            var user = await users.FindByNameAsync(userName.Trim());
            if (user is null || !user.IsActive || user.Kind == UserKind.Customer) return null;
            if (await users.IsLockedOutAsync(user)) return null;
            if (!await users.CheckPasswordAsync(user, password))
            {
                await users.AccessFailedAsync(user);
                return null;
            }
            await users.ResetAccessFailedCountAsync(user);
            return (user, tenant);
        }
    }

    /// <summary>Re-reads a user named by an earlier token: still there, active, same security stamp, tenant active.</summary>
    public async Task<(AppUser User, Tenant? Tenant)?> CheckStillValidAsync(string? subject, string? tenantId, string? securityStamp, CancellationToken ct)
    {
        Tenant? tenant = null;
        if (!string.IsNullOrEmpty(tenantId))
        {
            tenant = Guid.TryParse(tenantId, out var id) ? await tenants.FindAsync(id, ct) : null;
            if (tenant is not { IsActive: true }) return null;
        }
        using (currentTenant.Change(tenant?.Id, tenant?.Name))
        {
            var user = subject is null ? null : await users.FindByIdAsync(subject);
            if (user is not { IsActive: true } || (securityStamp is not null && user.SecurityStamp != securityStamp)) return null;
            return (user, tenant);
        }
    }
}
