using LocalLife.Common;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Identity;
using LocalLife.MultiTenancy;
using LocalLife.Permissions;
using LocalLife.Validation;

namespace LocalLife.Tenancy;

public sealed class TenantAppService(
    ITenantRepository tenants,
    TenantManager manager,
    StaticRoleSeeder roleSeeder,
    UserProvisioner userProvisioner,
    ICurrentTenant currentTenant,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissionChecker,
    InputValidation inputValidation) : ITenantAppService
{
    public async Task<PagedResultDto<TenantDto>> GetListAsync(GetTenantsInput input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Tenants.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        var (items, total) = await tenants.GetPageAsync(input.Filter, input.Status, input.Skip, input.Take, ct);
        return new PagedResultDto<TenantDto>(items.Select(t => t.ToDto()).ToList(), total);
    }

    public async Task<TenantDto> GetAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Tenants.Default, ct);
        return (await tenants.GetAsync(id, ct)).ToDto();
    }

    /// <summary>Creates the tenant, its static roles and its owner account in one transaction.</summary>
    public async Task<TenantDto> CreateAsync(CreateTenantDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Tenants.Create, ct);
        await inputValidation.ValidateAsync(input, ct);
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        var contact = new TenantContact(input.ContactName, input.ContactPhone, input.ContactEmail);
        var tenant = await manager.CreateAsync(input.Name, input.DisplayName, contact, input.EnabledCategories, ct);
        await tenants.InsertAsync(tenant, ct);
        await unitOfWork.SaveChangesAsync(ct);

        using (currentTenant.Change(tenant.Id, tenant.Name))
        {
            await roleSeeder.EnsureAsync(ct);
            await userProvisioner.CreateAsync(input.AdminUserName, input.AdminDisplayName ?? input.AdminUserName, input.AdminPassword,
                UserKind.Merchant, [LocalLifeRoles.Owner], input.ContactPhone, input.ContactEmail);
        }
        await transaction.CommitAsync(ct);
        return tenant.ToDto();
    }

    public async Task<TenantDto> UpdateAsync(Guid id, UpdateTenantDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Tenants.Update, ct);
        await inputValidation.ValidateAsync(input, ct);
        var tenant = await tenants.GetAsync(id, ct);
        if (tenant.ConcurrencyStamp != input.ConcurrencyStamp) throw new BusinessException(LocalLifeErrorCodes.ConcurrencyConflict);
        tenant.Rename(input.DisplayName.Trim());
        tenant.SetContact(new TenantContact(input.ContactName, input.ContactPhone, input.ContactEmail));
        await manager.SetCategoriesAsync(tenant, input.EnabledCategories, ct);
        await unitOfWork.SaveChangesAsync(ct);
        return tenant.ToDto();
    }

    public async Task<TenantDto> DeactivateAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Tenants.ManageStatus, ct);
        var tenant = await tenants.GetAsync(id, ct);
        tenant.Deactivate();
        await unitOfWork.SaveChangesAsync(ct);
        return tenant.ToDto();
    }

    public async Task<TenantDto> ActivateAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Tenants.ManageStatus, ct);
        var tenant = await tenants.GetAsync(id, ct);
        tenant.Activate();
        await unitOfWork.SaveChangesAsync(ct);
        return tenant.ToDto();
    }
}
