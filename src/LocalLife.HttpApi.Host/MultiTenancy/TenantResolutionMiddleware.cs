using LocalLife.Errors;
using LocalLife.Tenancy;

namespace LocalLife.MultiTenancy;

/// <summary>
/// Staff and integrator calls work as the tenant in their token. A tenant that was deactivated after the token
/// was issued is refused at once. Customer calls get their tenant from the store the route names (per feature).
/// </summary>
internal sealed class TenantResolutionMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, ICurrentTenant currentTenant, ITenantRepository tenants, ProblemWriter problems)
    {
        var claim = context.User.FindFirst(LocalLifeClaimTypes.TenantId)?.Value;
        if (claim is null)
        {
            await next(context);
            return;
        }
        var tenant = Guid.TryParse(claim, out var id) ? await tenants.FindAsync(id, context.RequestAborted) : null;
        if (tenant is not { IsActive: true })
        {
            await problems.WriteAsync(context, new BusinessException(TenantErrorCodes.Inactive));
            return;
        }
        using (currentTenant.Change(tenant.Id, tenant.Name))
        {
            await next(context);
        }
    }
}
