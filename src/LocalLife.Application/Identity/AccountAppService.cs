using LocalLife.Errors;
using LocalLife.MultiTenancy;
using LocalLife.Permissions;
using LocalLife.Security;
using Microsoft.AspNetCore.Identity;

namespace LocalLife.Identity;

public sealed class AccountAppService(
    UserManager<AppUser> users,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    IPermissionChecker permissionChecker,
    ICurrentPrincipalAccessor principal) : IAccountAppService
{
    public async Task<CurrentUserDto> GetCurrentUserAsync(CancellationToken ct)
    {
        var id = currentUser.Id ?? throw new BusinessException(LocalLifeErrorCodes.Unauthorized);
        var user = await users.FindByIdAsync(id.ToString()) ?? throw new EntityNotFoundException(nameof(AppUser), id);
        var roles = await users.GetRolesAsync(user);
        var granted = await permissionChecker.GetGrantedAsync(principal.Principal, ct);
        return new CurrentUserDto(user.Id, user.UserName!, user.DisplayName, user.Kind, user.TenantId, currentTenant.Name,
            roles.Order(StringComparer.Ordinal).ToList(), granted);
    }
}
