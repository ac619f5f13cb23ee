using FluentValidation;

namespace LocalLife.Kitchen;

public sealed class PrioritizeOrderValidator : AbstractValidator<PrioritizeOrderDto>
{
    public PrioritizeOrderValidator() => RuleFor(x => x.Priority).IsInEnum();
}
