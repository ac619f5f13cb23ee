using FluentValidation;
using LocalLife.Validation;

namespace LocalLife.Eventing;

public sealed class GetFailedEventsValidator : AbstractValidator<GetFailedEventsInput>
{
    public GetFailedEventsValidator() => this.AddPagingRules();
}

public sealed class GetDeadLettersValidator : AbstractValidator<GetDeadLettersInput>
{
    public GetDeadLettersValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Status).IsInEnum();
    }
}
