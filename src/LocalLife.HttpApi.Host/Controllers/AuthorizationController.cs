using System.Security.Claims;
using System.Text.Json;
using LocalLife.Auth;
using LocalLife.Errors;
using LocalLife.Identity;
using LocalLife.MultiTenancy;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace LocalLife.Controllers;

/// <summary>The OpenIddict endpoints that need LocalLife's own rules: who may sign in, and what their tokens say.</summary>
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class AuthorizationController(
    SignInGuard guard,
    UserPrincipalFactory principals,
    WeChatCustomerSignIn weChatSignIn,
    IOpenIddictApplicationManager applications) : Controller
{
    private const string Scheme = OpenIddictServerAspNetCoreDefaults.AuthenticationScheme;

    [HttpGet("~/connect/authorize"), HttpPost("~/connect/authorize")]
    [IgnoreAntiforgeryToken]
    public async Task<IActionResult> Authorize(CancellationToken ct)
    {
        var request = HttpContext.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var login = await HttpContext.AuthenticateAsync(AuthenticationSetup.LoginScheme);
        var signedIn = login.Succeeded
            ? await guard.CheckStillValidAsync(login.Principal.FindFirst(Claims.Subject)?.Value,
                login.Principal.FindFirst(LocalLifeClaimTypes.TenantId)?.Value, login.Principal.FindFirst(UserPrincipalFactory.SecurityStampClaim)?.Value, ct)
            : null;
        if (signedIn is null || request.HasPromptValue(PromptValues.Login))
        {
            if (request.HasPromptValue(PromptValues.None)) return Refuse(OpenIddictConstants.Errors.LoginRequired, "The user is not signed in.");
            var parameters = Request.HasFormContentType ? Request.Form.ToList() : Request.Query.ToList();
            parameters.RemoveAll(p => p.Key == Parameters.Prompt);
            return Challenge(new AuthenticationProperties { RedirectUri = Request.PathBase + Request.Path + QueryString.Create(parameters) },
                AuthenticationSetup.LoginScheme);
        }
        var (user, tenant) = signedIn.Value;
        var principal = await principals.CreateAsync(user, tenant, request.GetScopes(), TokenValidationParameters.DefaultAuthenticationType);
        return SignIn(principal, Scheme);
    }

    [EnableRateLimiting(RateLimits.Login)]
    [HttpPost("~/connect/token"), IgnoreAntiforgeryToken, Produces("application/json")]
    public async Task<IActionResult> Exchange(CancellationToken ct)
    {
        var request = HttpContext.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsPasswordGrantType())
        {
            var signedIn = await guard.CheckPasswordAsync((string?)request["tenant"], request.Username ?? "", request.Password ?? "", ct);
            if (signedIn is null) return Refuse(OpenIddictConstants.Errors.InvalidGrant, "The tenant, user name or password is wrong, or the account is inactive.");
            return SignIn(await principals.CreateAsync(signedIn.Value.User, signedIn.Value.Tenant, request.GetScopes(), TokenValidationParameters.DefaultAuthenticationType), Scheme);
        }
        if (request.IsAuthorizationCodeGrantType() || request.IsRefreshTokenGrantType())
        {
            var earlier = (await HttpContext.AuthenticateAsync(Scheme)).Principal;
            var signedIn = earlier is null ? null : await guard.CheckStillValidAsync(earlier.GetClaim(Claims.Subject),
                earlier.GetClaim(LocalLifeClaimTypes.TenantId), earlier.GetClaim(UserPrincipalFactory.SecurityStampClaim), ct);
            if (signedIn is null) return Refuse(OpenIddictConstants.Errors.InvalidGrant, "The token is no longer valid.");
            return SignIn(await principals.CreateAsync(signedIn.Value.User, signedIn.Value.Tenant, earlier!.GetScopes(), TokenValidationParameters.DefaultAuthenticationType), Scheme);
        }
        if (request.IsClientCredentialsGrantType())
            return SignIn(await CreateClientPrincipalAsync(request, ct), Scheme);
        if (request.GrantType == LocalLifeGrantTypes.WeChatMiniProgram)
            return await ExchangeWeChatCodeAsync(request, ct);

        return Refuse(OpenIddictConstants.Errors.UnsupportedGrantType, "The grant type is not supported.");
    }

    [HttpGet("~/connect/userinfo"), HttpPost("~/connect/userinfo"), IgnoreAntiforgeryToken, Produces("application/json")]
    public async Task<IActionResult> UserInfo()
    {
        var principal = (await HttpContext.AuthenticateAsync(Scheme)).Principal;
        if (principal is null) return Challenge(Scheme);
        var info = new Dictionary<string, object?>
        {
            [Claims.Subject] = principal.GetClaim(Claims.Subject),
            [Claims.Name] = principal.GetClaim(Claims.Name),
            [Claims.PreferredUsername] = principal.GetClaim(Claims.PreferredUsername),
            [LocalLifeClaimTypes.UserKind] = principal.GetClaim(LocalLifeClaimTypes.UserKind),
            [LocalLifeClaimTypes.TenantId] = principal.GetClaim(LocalLifeClaimTypes.TenantId),
            [LocalLifeClaimTypes.TenantName] = principal.GetClaim(LocalLifeClaimTypes.TenantName),
            [Claims.Role] = principal.GetClaims(Claims.Role),
        };
        return Ok(info);
    }

    [HttpGet("~/connect/logout"), HttpPost("~/connect/logout"), IgnoreAntiforgeryToken]
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync(AuthenticationSetup.LoginScheme);
        return SignOut(new AuthenticationProperties { RedirectUri = "/" }, Scheme);
    }

    /// <summary>A customer signs in with the code of the mini-program's wx.login; the first time creates the account.</summary>
    private async Task<IActionResult> ExchangeWeChatCodeAsync(OpenIddictRequest request, CancellationToken ct)
    {
        var code = (string?)request["code"];
        if (string.IsNullOrWhiteSpace(code)) return Refuse(OpenIddictConstants.Errors.InvalidRequest, "The 'code' parameter (from wx.login) is missing.");
        AppUser? customer;
        try
        {
            customer = await weChatSignIn.SignInAsync(code.Trim(), ct);
        }
        catch (BusinessException e) when (e.Code == IdentityErrorCodes.WeChatCodeInvalid)
        {
            return Refuse(OpenIddictConstants.Errors.InvalidGrant, "The WeChat login code is invalid, expired or already used; call wx.login again for a new code.");
        }
        catch (BusinessException e) when (e.Code == IdentityErrorCodes.WeChatUnavailable)
        {
            return Refuse(OpenIddictConstants.Errors.TemporarilyUnavailable, "WeChat cannot be reached right now; try again shortly.");
        }
        if (customer is null) return Refuse(OpenIddictConstants.Errors.InvalidGrant, "The account is deactivated.");
        return SignIn(await principals.CreateAsync(customer, null, request.GetScopes(), TokenValidationParameters.DefaultAuthenticationType), Scheme);
    }

    /// <summary>An integrator works for the one tenant it was registered for, with the permissions it was granted.</summary>
    private async Task<ClaimsPrincipal> CreateClientPrincipalAsync(OpenIddictRequest request, CancellationToken ct)
    {
        var application = await applications.FindByClientIdAsync(request.ClientId!, ct)
            ?? throw new InvalidOperationException("The client was authenticated but cannot be found.");
        var properties = await applications.GetPropertiesAsync(application, ct);
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, request.ClientId).SetClaim(Claims.Name, await applications.GetDisplayNameAsync(application, ct));
        if (properties.TryGetValue(LocalLifeScopes.TenantIdProperty, out var tenant) && tenant.ValueKind == JsonValueKind.String)
            identity.SetClaim(LocalLifeClaimTypes.TenantId, tenant.GetString());
        if (properties.TryGetValue(LocalLifeScopes.PermissionsProperty, out var granted) && granted.ValueKind == JsonValueKind.Array)
            identity.SetClaims(LocalLifeClaimTypes.Permission, [.. granted.EnumerateArray().Select(p => p.GetString()!)]);

        var principal = new ClaimsPrincipal(identity);
        principal.SetScopes(request.GetScopes());
        principal.SetDestinations(_ => [Destinations.AccessToken]);
        return principal;
    }

    private ForbidResult Refuse(string error, string description) => Forbid(
        new AuthenticationProperties(new Dictionary<string, string?>
        {
            [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
            [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
        }), Scheme);
}
