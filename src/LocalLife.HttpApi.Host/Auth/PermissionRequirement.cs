using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;

namespace LocalLife.Auth;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>Grants when the caller holds the permission in the tenant it is working in.</summary>
internal sealed class PermissionHandler(IPermissionChecker checker, IHttpContextAccessor http) : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true) return;
        var ct = http.HttpContext?.RequestAborted ?? CancellationToken.None;
        if (await checker.IsGrantedAsync(context.User, requirement.Permission, ct)) context.Succeed(requirement);
    }
}
