using LocalLife.Errors;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace LocalLife.Auth;

/// <summary>401 and 403 answer with the same problem-details body as every other error, with a stable code.</summary>
internal sealed class ProblemAuthorizationResultHandler(ProblemWriter problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult result)
    {
        if (result.Challenged && policy.AuthenticationSchemes.Contains(AuthenticationSetup.LoginScheme))
        {
            await context.ChallengeAsync(AuthenticationSetup.LoginScheme); // a page: send the person to sign in
            return;
        }
        if (result.Challenged)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await problems.WriteAsync(context, new BusinessException(LocalLifeErrorCodes.Unauthorized));
            return;
        }
        if (result.Forbidden)
        {
            await problems.WriteAsync(context, new BusinessException(LocalLifeErrorCodes.Forbidden));
            return;
        }
        await _default.HandleAsync(next, context, policy, result);
    }
}
