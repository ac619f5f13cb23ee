using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace LocalLife.Identity;

/// <summary>The mini-program customer's own account. Sign-in itself is the token endpoint's WeChat grant.</summary>
[Route("api/app/account")]
public sealed class CustomerAccountController(ICustomerAccountAppService service) : AppController
{
    [HttpGet]
    public Task<CustomerProfileDto> GetAsync(CancellationToken ct) => service.GetAsync(ct);

    /// <summary>Binds the phone number behind the code of a <c>getPhoneNumber</c> button.</summary>
    [EnableRateLimiting(RateLimits.Phone)]
    [HttpPost("phone")]
    public Task<CustomerProfileDto> BindPhoneAsync(BindPhoneDto input, CancellationToken ct) => service.BindPhoneAsync(input, ct);

    [HttpPut("birthday")]
    public Task<CustomerProfileDto> SetBirthdayAsync(SetBirthdayDto input, CancellationToken ct) => service.SetBirthdayAsync(input, ct);
}
