using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife;

/// <summary>Policies of the three route groups: who calls decides the prefix (STYLE.md, rule 13).</summary>
public static class LocalLifePolicies
{
    /// <summary><c>api/host/…</c>: platform operators.</summary>
    public const string Host = "LocalLife.Group.Host";
    /// <summary><c>api/admin/…</c>: merchant staff and integrator clients of one tenant.</summary>
    public const string Merchant = "LocalLife.Group.Merchant";
    /// <summary><c>api/app/…</c>: customers.</summary>
    public const string Customer = "LocalLife.Group.Customer";
}

[ApiController]
public abstract class LocalLifeController : ControllerBase;

[Authorize(Policy = LocalLifePolicies.Host)]
public abstract class HostController : LocalLifeController;

[Authorize(Policy = LocalLifePolicies.Merchant)]
public abstract class AdminController : LocalLifeController;

[Authorize(Policy = LocalLifePolicies.Customer)]
public abstract class AppController : LocalLifeController;
