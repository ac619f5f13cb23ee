using FluentValidation;
using LocalLife.Validation;

namespace LocalLife.Identity;

public sealed class CreateStaffValidator : AbstractValidator<CreateStaffDto>
{
    public CreateStaffValidator()
    {
        RuleFor(x => x.UserName).NotEmpty().MaximumLength(64);
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(64);
        RuleFor(x => x.Password).NotEmpty().MinimumLength(8).MaximumLength(128);
        RuleFor(x => x.PhoneNumber).MaximumLength(32);
        RuleFor(x => x.Email).MaximumLength(128).EmailAddress().When(x => !string.IsNullOrEmpty(x.Email));
        RuleFor(x => x.Roles).NotNull();
    }
}

public sealed class UpdateStaffValidator : AbstractValidator<UpdateStaffDto>
{
    public UpdateStaffValidator()
    {
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(64);
        RuleFor(x => x.PhoneNumber).MaximumLength(32);
        RuleFor(x => x.Email).MaximumLength(128).EmailAddress().When(x => !string.IsNullOrEmpty(x.Email));
        RuleFor(x => x.Roles).NotNull();
        RuleFor(x => x.ConcurrencyStamp).NotEmpty();
    }
}

public sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordDto>
{
    public ResetPasswordValidator() => RuleFor(x => x.NewPassword).NotEmpty().MinimumLength(8).MaximumLength(128);
}

public sealed class GetStaffValidator : AbstractValidator<GetStaffInput>
{
    public GetStaffValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Filter).MaximumLength(64);
        RuleFor(x => x.Role).MaximumLength(64);
    }
}

public sealed class CreateRoleValidator : AbstractValidator<CreateRoleDto>
{
    public CreateRoleValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(64).Matches("^[a-z0-9][a-z0-9-]*$");
        RuleFor(x => x.Permissions).NotNull();
    }
}

public sealed class UpdateRolePermissionsValidator : AbstractValidator<UpdateRolePermissionsDto>
{
    public UpdateRolePermissionsValidator() => RuleFor(x => x.Permissions).NotNull();
}
