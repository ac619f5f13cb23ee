using LocalLife.Permissions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace LocalLife.Loyalty;

[Route("api/admin/rebate-rules")]
public sealed class RebateRuleController(IRebateRuleAppService service) : AdminController
{
    [HttpGet, Authorize(LocalLifePermissions.RebateRules.Default)]
    public Task<IReadOnlyList<RebateRuleDto>> GetListAsync(CancellationToken ct) => service.GetListAsync(ct);

    [HttpPost, Authorize(LocalLifePermissions.RebateRules.Manage)]
    public async Task<ActionResult<RebateRuleDto>> CreateAsync(SaveRebateRuleDto input, CancellationToken ct) =>
        StatusCode(201, await service.CreateAsync(input, ct));

    [HttpPut("{id:guid}"), Authorize(LocalLifePermissions.RebateRules.Manage)]
    public Task<RebateRuleDto> UpdateAsync(Guid id, SaveRebateRuleDto input, CancellationToken ct) => service.UpdateAsync(id, input, ct);

    [HttpPost("{id:guid}/activate"), Authorize(LocalLifePermissions.RebateRules.Manage)]
    public Task<RebateRuleDto> ActivateAsync(Guid id, CancellationToken ct) => service.SetActiveAsync(id, true, ct);

    [HttpPost("{id:guid}/deactivate"), Authorize(LocalLifePermissions.RebateRules.Manage)]
    public Task<RebateRuleDto> DeactivateAsync(Guid id, CancellationToken ct) => service.SetActiveAsync(id, false, ct);

    /// <summary>Points this merchant issued that were spent elsewhere, and points issued elsewhere spent here.</summary>
    [HttpGet("settlement"), Authorize(LocalLifePermissions.RebateRules.Default)]
    public Task<IReadOnlyList<SettlementLineDto>> GetSettlementAsync([FromQuery] GetSettlementInput input, CancellationToken ct) => service.GetSettlementAsync(input, ct);
}
