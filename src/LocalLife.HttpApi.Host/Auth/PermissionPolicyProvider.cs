using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace LocalLife.Auth;

/// <summary>
/// Lets controllers write <c>[Authorize(LocalLifePermissions.Staff.Manage)]</c>: a policy named after a known
/// permission is built on demand; every other name goes to the normal registered policies.
/// </summary>
internal sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
    {
        if (PermissionDefinitions.Find(policyName) is null) return await base.GetPolicyAsync(policyName);
        return new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(policyName)).Build();
    }
}
