using FluentValidation;
using LocalLife.Validation;

namespace LocalLife.Eventing;

public sealed class GetFailedEventsValidator : AbstractValidator<GetFailedEventsInput>
{
    public GetFailedEventsValidator() => this.AddPagingRules();
}
