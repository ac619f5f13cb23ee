using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Identity;

/// <summary>Any signed-in user (operator, staff or customer) reads who they are and what they may do.</summary>
[Route("api/account")]
[Authorize]
public sealed class AccountController(IAccountAppService service) : LocalLifeController
{
    [HttpGet("me")]
    public Task<CurrentUserDto> GetCurrentUserAsync(CancellationToken ct) => service.GetCurrentUserAsync(ct);
}
