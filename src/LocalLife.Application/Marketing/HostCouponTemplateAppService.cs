using LocalLife.Common;
using LocalLife.Permissions;
using LocalLife.Validation;

namespace LocalLife.Marketing;

/// <summary>The platform's coupon templates (api/host), platform-funded, and what it owes merchants for them.</summary>
public sealed class HostCouponTemplateAppService(CouponTemplates templates, IPermissionChecker permissionChecker, InputValidation inputValidation)
    : IHostCouponTemplateAppService
{
    public async Task<PagedResultDto<CouponTemplateDto>> GetListAsync(GetCouponTemplatesInput input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.HostMarketing.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        return await templates.GetListAsync(input, ct);
    }

    public async Task<CouponTemplateDto> GetAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.HostMarketing.Default, ct);
        return await templates.GetAsync(id, ct);
    }

    public async Task<CouponTemplateDto> CreateAsync(SaveCouponTemplateDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.HostMarketing.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        return await templates.CreateAsync(input, ct);
    }

    public async Task<CouponTemplateDto> UpdateAsync(Guid id, SaveCouponTemplateDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.HostMarketing.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        return await templates.UpdateAsync(id, input, ct);
    }

    public async Task<CouponTemplateDto> PauseAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.HostMarketing.Manage, ct);
        return await templates.PauseAsync(id, ct);
    }

    public async Task<CouponTemplateDto> ResumeAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.HostMarketing.Manage, ct);
        return await templates.ResumeAsync(id, ct);
    }

    public async Task<CouponTemplateDto> EndAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.HostMarketing.Manage, ct);
        return await templates.EndAsync(id, ct);
    }

    public async Task<CouponTemplateReportDto> GetReportAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.HostMarketing.Default, ct);
        return await templates.GetReportAsync(id, ct);
    }

    public async Task<IReadOnlyList<PlatformCouponSettlementDto>> GetPlatformSettlementAsync(GetCouponSettlementInput input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.HostMarketing.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        return await templates.GetPlatformSettlementAsync(input, ct);
    }
}
