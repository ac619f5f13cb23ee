using System.Security.Claims;
using LocalLife.Auth;
using LocalLife.MultiTenancy;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LocalLife.Controllers;

/// <summary>The sign-in page of the authorization-code flow (the admin SPA is sent here by /connect/authorize).</summary>
[ApiExplorerSettings(IgnoreApi = true)]
[Route("account")]
public sealed class LoginController(SignInGuard guard) : Controller
{
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View("~/Views/Account/Login.cshtml", new LoginModel { ReturnUrl = returnUrl });

    [EnableRateLimiting(RateLimits.Login)]
    [HttpPost("login"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Login([FromForm] LoginModel model, CancellationToken ct)
    {
        var signedIn = string.IsNullOrWhiteSpace(model.UserName) || string.IsNullOrEmpty(model.Password)
            ? null
            : await guard.CheckPasswordAsync(model.Tenant, model.UserName, model.Password, ct);
        if (signedIn is null)
        {
            model.Failed = true;
            model.Password = null;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("~/Views/Account/Login.cshtml", model);
        }
        var (user, tenant) = signedIn.Value;
        var identity = new ClaimsIdentity(AuthenticationSetup.LoginScheme, Claims.Name, Claims.Role);
        identity.AddClaim(new Claim(Claims.Subject, user.Id.ToString()));
        identity.AddClaim(new Claim(Claims.Name, user.UserName!));
        identity.AddClaim(new Claim(UserPrincipalFactory.SecurityStampClaim, user.SecurityStamp!));
        identity.AddClaim(new Claim(LocalLifeClaimTypes.UserKind, user.Kind.ToString()));
        if (tenant is not null) identity.AddClaim(new Claim(LocalLifeClaimTypes.TenantId, tenant.Id.ToString()));
        await HttpContext.SignInAsync(AuthenticationSetup.LoginScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl! : "/");
    }

    [HttpPost("logout"), ValidateAntiForgeryToken]
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync(AuthenticationSetup.LoginScheme);
        return LocalRedirect("/");
    }
}

public sealed class LoginModel
{
    public string? Tenant { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? ReturnUrl { get; set; }
    public bool Failed { get; set; }
}
