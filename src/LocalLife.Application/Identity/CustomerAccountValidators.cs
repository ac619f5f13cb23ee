using FluentValidation;

namespace LocalLife.Identity;

public sealed class BindPhoneValidator : AbstractValidator<BindPhoneDto>
{
    public BindPhoneValidator() => RuleFor(x => x.Code).NotEmpty().MaximumLength(128);
}

public sealed class SetBirthdayValidator : FluentValidation.AbstractValidator<SetBirthdayDto>
{
    public SetBirthdayValidator(TimeProvider clock) =>
        RuleFor(x => x.Birthday)
            .GreaterThan(new DateOnly(1900, 1, 1))
            .LessThanOrEqualTo(_ => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
}
