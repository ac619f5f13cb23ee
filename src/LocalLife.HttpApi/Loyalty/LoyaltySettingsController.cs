using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Loyalty;

[Route("api/host/loyalty")]
public sealed class LoyaltySettingsController(ILoyaltySettingsAppService service) : HostController
{
    [HttpGet("settings"), Authorize(LocalLifePermissions.Loyalty.Default)]
    public Task<LoyaltySettingsDto> GetAsync(CancellationToken ct) => service.GetAsync(ct);

    [HttpPut("settings"), Authorize(LocalLifePermissions.Loyalty.Manage)]
    public Task<LoyaltySettingsDto> UpdateAsync(LoyaltySettingsDto input, CancellationToken ct) => service.UpdateAsync(input, ct);

    [HttpPost("adjustments"), Authorize(LocalLifePermissions.Loyalty.Manage)]
    public Task<PointsEntryDto> AdjustAsync(AdjustPointsDto input, CancellationToken ct) => service.AdjustAsync(input, ct);

    [HttpGet("settlement"), Authorize(LocalLifePermissions.Loyalty.Default)]
    public Task<IReadOnlyList<SettlementLineDto>> GetSettlementAsync([FromQuery] GetSettlementInput input, CancellationToken ct) => service.GetSettlementAsync(input, ct);
}
