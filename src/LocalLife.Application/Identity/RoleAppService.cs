using System.Globalization;
using LocalLife.Errors;
using LocalLife.Localization;
using LocalLife.MultiTenancy;
using LocalLife.Permissions;
using LocalLife.Validation;
using Microsoft.AspNetCore.Identity;

namespace LocalLife.Identity;

/// <summary>Roles of the current side (a tenant, or the host) and the permissions they grant.</summary>
public sealed class RoleAppService(RoleManager<AppRole> roles, IPermissionStore permissions, ICurrentTenant currentTenant, IRoleRepository roleRepository, IPermissionChecker permissionChecker, InputValidation inputValidation)
    : IRoleAppService
{
    private PermissionSide Side => PermissionDefinitions.SideOf(currentTenant.Id);

    public async Task<IReadOnlyList<RoleDto>> GetListAsync(CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Roles.Default, ct);
        var list = await roleRepository.GetListAsync(ct);
        var granted = await permissions.GetRolePermissionsAsync(list.Select(r => r.Id).ToList(), ct);
        return list.Select(r => ToDto(r, granted.GetValueOrDefault(r.Id) ?? [])).ToList();
    }

    public async Task<RoleDto> GetAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Roles.Default, ct);
        var role = await GetRoleAsync(id);
        var granted = await permissions.GetRolePermissionsAsync([role.Id], ct);
        return ToDto(role, granted.GetValueOrDefault(role.Id) ?? []);
    }

    public async Task<IReadOnlyList<PermissionDto>> GetGrantablePermissionsAsync(CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Roles.Default, ct);
        var culture = LocalLifeTexts.Resolve(CultureInfo.CurrentUICulture);
        return PermissionDefinitions.For(Side)
            .Select(p => new PermissionDto(p.Name, LocalLifeTexts.Get("Permission:" + p.Name, culture)))
            .ToList();
    }

    public async Task<RoleDto> CreateAsync(CreateRoleDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Roles.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var wanted = CheckGrantable(input.Permissions);
        var role = new AppRole(Guid.CreateVersion7(), currentTenant.Id, input.Name.Trim(), isStatic: false);
        (await roles.CreateAsync(role)).CheckErrors();
        await permissions.SetRolePermissionsAsync(role, wanted, ct);
        return ToDto(role, wanted);
    }

    public async Task<RoleDto> UpdatePermissionsAsync(Guid id, UpdateRolePermissionsDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Roles.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var role = await GetRoleAsync(id);
        if (LocalLifeRoles.IsSuper(role.Name!)) throw new BusinessException(IdentityErrorCodes.SuperRoleIsFixed);
        var wanted = CheckGrantable(input.Permissions);
        await permissions.SetRolePermissionsAsync(role, wanted, ct);
        return ToDto(role, wanted);
    }

    public async Task DeleteAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Roles.Manage, ct);
        var role = await GetRoleAsync(id);
        if (role.IsStatic) throw new BusinessException(IdentityErrorCodes.StaticRoleCannotBeDeleted);
        (await roles.DeleteAsync(role)).CheckErrors();
    }

    private async Task<AppRole> GetRoleAsync(Guid id) =>
        await roles.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(nameof(AppRole), id);

    private List<string> CheckGrantable(IEnumerable<string> names)
    {
        var wanted = names.Distinct(StringComparer.Ordinal).ToList();
        foreach (var name in wanted)
        {
            if (PermissionDefinitions.Find(name) is not { } definition || definition.Side != Side)
                throw new BusinessException(IdentityErrorCodes.UnknownPermission).With("Name", name);
        }
        return wanted;
    }

    private RoleDto ToDto(AppRole role, IReadOnlyList<string> granted) => new(
        role.Id, role.Name!, role.IsStatic,
        LocalLifeRoles.IsSuper(role.Name!) ? PermissionDefinitions.For(Side).Select(p => p.Name).ToList() : granted.Order(StringComparer.Ordinal).ToList(),
        role.ConcurrencyStamp!);
}
