using FluentValidation;
using LocalLife.Validation;

namespace LocalLife.Tenancy;

public sealed class CreateTenantValidator : AbstractValidator<CreateTenantDto>
{
    public CreateTenantValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(TenantConsts.MaxNameLength).Matches(TenantConsts.NamePattern);
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(TenantConsts.MaxDisplayNameLength);
        RuleFor(x => x.ContactName).MaximumLength(TenantConsts.MaxContactLength);
        RuleFor(x => x.ContactPhone).MaximumLength(32);
        RuleFor(x => x.ContactEmail).MaximumLength(TenantConsts.MaxContactLength).EmailAddress().When(x => !string.IsNullOrEmpty(x.ContactEmail));
        RuleFor(x => x.EnabledCategories).NotNull();
        RuleFor(x => x.AdminUserName).NotEmpty().MaximumLength(64);
        RuleFor(x => x.AdminPassword).NotEmpty().MinimumLength(8).MaximumLength(128);
        RuleFor(x => x.AdminDisplayName).MaximumLength(64);
    }
}

public sealed class UpdateTenantValidator : AbstractValidator<UpdateTenantDto>
{
    public UpdateTenantValidator()
    {
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(TenantConsts.MaxDisplayNameLength);
        RuleFor(x => x.ContactName).MaximumLength(TenantConsts.MaxContactLength);
        RuleFor(x => x.ContactPhone).MaximumLength(32);
        RuleFor(x => x.ContactEmail).MaximumLength(TenantConsts.MaxContactLength).EmailAddress().When(x => !string.IsNullOrEmpty(x.ContactEmail));
        RuleFor(x => x.EnabledCategories).NotNull();
        RuleFor(x => x.ConcurrencyStamp).NotEmpty();
    }
}

public sealed class GetTenantsValidator : AbstractValidator<GetTenantsInput>
{
    public GetTenantsValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Filter).MaximumLength(64);
        RuleFor(x => x.Status).IsInEnum();
    }
}
