using FluentValidation;

namespace LocalLife.Identity;

public sealed class BindPhoneValidator : AbstractValidator<BindPhoneDto>
{
    public BindPhoneValidator() => RuleFor(x => x.Code).NotEmpty().MaximumLength(128);
}
