using LocalLife.Common;
using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.Permissions;
using LocalLife.Security;
using LocalLife.Validation;
using Microsoft.AspNetCore.Identity;

namespace LocalLife.Identity;

/// <summary>Staff accounts of the caller's tenant. Another tenant's user is simply not found (404).</summary>
public sealed class StaffAppService(
    UserManager<AppUser> users,
    IIdentityUserRepository userRepository,
    UserProvisioner provisioner,
    ICurrentUser currentUser,
    IUnitOfWork unitOfWork,
    IPermissionChecker permissionChecker,
    InputValidation inputValidation) : IStaffAppService
{
    public async Task<PagedResultDto<StaffDto>> GetListAsync(GetStaffInput input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Staff.Default, ct);
        await inputValidation.ValidateAsync(input, ct);
        var (items, total) = await userRepository.GetPageAsync(UserKind.Merchant, input.Filter, input.Role, input.IsActive, input.Skip, input.Take, ct);
        var roles = await userRepository.GetRoleNamesAsync(items.Select(u => u.Id).ToList(), ct);
        return new PagedResultDto<StaffDto>(items.Select(u => u.ToStaffDto(roles.GetValueOrDefault(u.Id) ?? [])).ToList(), total);
    }

    public async Task<StaffDto> GetAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Staff.Default, ct);
        var user = await GetUserAsync(id);
        return user.ToStaffDto([.. await users.GetRolesAsync(user)]);
    }

    public async Task<StaffDto> CreateAsync(CreateStaffDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Staff.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        var user = await provisioner.CreateAsync(input.UserName, input.DisplayName, input.Password, UserKind.Merchant, input.Roles.Distinct().ToList(),
            input.PhoneNumber, input.Email);
        await transaction.CommitAsync(ct);
        return user.ToStaffDto([.. input.Roles.Distinct()]);
    }

    public async Task<StaffDto> UpdateAsync(Guid id, UpdateStaffDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Staff.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var user = await GetUserAsync(id);
        if (user.ConcurrencyStamp != input.ConcurrencyStamp) throw new BusinessException(LocalLifeErrorCodes.ConcurrencyConflict);
        var wanted = input.Roles.Distinct().ToList();
        await provisioner.EnsureRolesExistAsync(wanted);
        var current = await users.GetRolesAsync(user);
        if (current.Contains(LocalLifeRoles.Owner) && !wanted.Contains(LocalLifeRoles.Owner)) await EnsureAnotherOwnerAsync(ct);

        // Identity saves after each call; one transaction keeps profile and roles together.
        await using var transaction = await unitOfWork.BeginTransactionAsync(ct);
        user.SetDisplayName(input.DisplayName);
        user.PhoneNumber = input.PhoneNumber;
        user.Email = input.Email;
        (await users.UpdateAsync(user)).CheckErrors();
        var toRemove = current.Except(wanted).ToList();
        var toAdd = wanted.Except(current).ToList();
        if (toRemove.Count > 0) (await users.RemoveFromRolesAsync(user, toRemove)).CheckErrors();
        if (toAdd.Count > 0) (await users.AddToRolesAsync(user, toAdd)).CheckErrors();
        await transaction.CommitAsync(ct);
        return user.ToStaffDto(wanted);
    }

    public async Task<StaffDto> DeactivateAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Staff.Manage, ct);
        var user = await GetUserAsync(id);
        if (user.Id == currentUser.Id) throw new BusinessException(IdentityErrorCodes.CannotDeactivateSelf);
        var roles = await users.GetRolesAsync(user);
        if (user.IsActive && roles.Contains(LocalLifeRoles.Owner)) await EnsureAnotherOwnerAsync(ct);
        user.Deactivate();
        // A new security stamp invalidates the refresh tokens this user already holds.
        (await users.UpdateSecurityStampAsync(user)).CheckErrors();
        return user.ToStaffDto([.. roles]);
    }

    public async Task<StaffDto> ActivateAsync(Guid id, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Staff.Manage, ct);
        var user = await GetUserAsync(id);
        user.Activate();
        (await users.UpdateAsync(user)).CheckErrors();
        return user.ToStaffDto([.. await users.GetRolesAsync(user)]);
    }

    public async Task ResetPasswordAsync(Guid id, ResetPasswordDto input, CancellationToken ct)
    {
        await permissionChecker.CheckAsync(LocalLifePermissions.Staff.Manage, ct);
        await inputValidation.ValidateAsync(input, ct);
        var user = await GetUserAsync(id);
        foreach (var validator in users.PasswordValidators)
            (await validator.ValidateAsync(users, user, input.NewPassword)).CheckErrors();
        user.PasswordHash = users.PasswordHasher.HashPassword(user, input.NewPassword);
        // The new stamp also revokes refresh tokens issued under the old password.
        (await users.UpdateSecurityStampAsync(user)).CheckErrors();
    }

    private async Task<AppUser> GetUserAsync(Guid id)
    {
        var user = await users.FindByIdAsync(id.ToString());
        return user is { Kind: UserKind.Merchant } ? user : throw new EntityNotFoundException(nameof(AppUser), id);
    }

    private async Task EnsureAnotherOwnerAsync(CancellationToken ct)
    {
        if (await userRepository.CountActiveInRoleAsync(LocalLifeRoles.Owner, ct) <= 1)
            throw new BusinessException(IdentityErrorCodes.LastOwner);
    }
}
