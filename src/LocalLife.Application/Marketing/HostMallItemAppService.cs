using LocalLife.Common;
using LocalLife.Permissions;
using LocalLife.Validation;

namespace LocalLife.Marketing;

/// <summary>The platform's points-mall items (api/host): platform coupons for points.</summary>
public sealed class HostMallItemAppService(MallItems items, IPermissionChecker permissionChecker, InputValidation inputValidation) : IHostMallItemAppService
{
    public async Task<PagedResultDto<MallItemDto>> GetListAsync(GetMallItemsInput input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.HostMarketing.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        return await items.GetListAsync(input, ct);
    }

    public async Task<MallItemDto> CreateAsync(SaveMallItemDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.HostMarketing.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        return await items.CreateAsync(input, ct);
    }

    public async Task<MallItemDto> UpdateAsync(Guid id, SaveMallItemDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.HostMarketing.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        return await items.UpdateAsync(id, input, ct);
    }

    public async Task<MallItemDto> PauseAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.HostMarketing.Manage, ct);
        return await items.PauseAsync(id, ct);
    }

    public async Task<MallItemDto> ResumeAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.HostMarketing.Manage, ct);
        return await items.ResumeAsync(id, ct);
    }

    public async Task<MallItemDto> EndAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.HostMarketing.Manage, ct);
        return await items.EndAsync(id, ct);
    }

    public async Task<MallItemReportDto> GetReportAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.HostMarketing.Default, ct);
        return await items.GetReportAsync(id, ct);
    }
}
