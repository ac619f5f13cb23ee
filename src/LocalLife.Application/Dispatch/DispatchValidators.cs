using FluentValidation;

namespace LocalLife.Dispatch;

public sealed class SetDutyValidator : AbstractValidator<SetDutyDto>
{
    public SetDutyValidator() => RuleFor(x => x).Must(x => x.SpaceId is null || x.Position is null).WithMessage("Give a space or a position, not both.");
}

public sealed class AssignDeliveryTaskValidator : AbstractValidator<AssignDeliveryTaskDto>
{
    public AssignDeliveryTaskValidator() => RuleFor(x => x.WaiterId).NotEmpty();
}
