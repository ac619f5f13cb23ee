using FluentValidation;

namespace LocalLife.Spaces;

public sealed class SaveSpaceValidator : AbstractValidator<SaveSpaceDto>
{
    public SaveSpaceValidator()
    {
        RuleFor(x => x.Number).NotEmpty().MaximumLength(32);
        RuleFor(x => x.Name).NotEmpty().MaximumLength(64);
        RuleFor(x => x.TypeCode).NotEmpty().MaximumLength(32);
        RuleFor(x => x.MinCapacity).InclusiveBetween(1, 500);
        RuleFor(x => x.MaxCapacity).InclusiveBetween(1, 500).GreaterThanOrEqualTo(x => x.MinCapacity);
        RuleFor(x => x.Facilities).NotNull().Must(f => f.Count <= 30).WithMessage("At most 30 facilities.");
        RuleForEach(x => x.Facilities).NotEmpty().MaximumLength(32);
        RuleFor(x => x.Features).NotNull().Must(f => f.Count <= 30).WithMessage("At most 30 features.");
        RuleForEach(x => x.Features).NotEmpty().MaximumLength(32);
        RuleFor(x => x.Description).MaximumLength(1000);
        RuleFor(x => x.Floor).InclusiveBetween(-5, 200);
        RuleFor(x => x.X).InclusiveBetween(0, 10_000);
        RuleFor(x => x.Y).InclusiveBetween(0, 10_000);
        RuleFor(x => x.BasePriceFen).InclusiveBetween(0, 100_000_000);
        RuleFor(x => x.MinimumSpendFen).InclusiveBetween(0, 100_000_000);
        RuleFor(x => x.DepositPercent).InclusiveBetween(0, 100);
        RuleFor(x => x.PriceRules).NotNull().Must(r => r.Count <= 20).WithMessage("At most 20 price rules.");
        RuleForEach(x => x.PriceRules).ChildRules(r =>
        {
            r.RuleFor(x => x.Kind).IsInEnum();
            r.RuleFor(x => x.PriceFen).InclusiveBetween(0, 100_000_000);
            r.RuleFor(x => x.Days).NotNull();
            r.RuleForEach(x => x.Days).IsInEnum();
            r.RuleFor(x => x.From).NotNull().When(x => x.Kind == PriceRuleKind.TimeSlot);
            r.RuleFor(x => x.To).NotNull().When(x => x.Kind == PriceRuleKind.TimeSlot);
            r.RuleFor(x => x.Days).NotEmpty().When(x => x.Kind == PriceRuleKind.Weekday);
        });
    }
}

public sealed class ChangeSpaceStatusValidator : AbstractValidator<ChangeSpaceStatusDto>
{
    public ChangeSpaceStatusValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Reason).MaximumLength(256);
    }
}

public sealed class GetSpacesValidator : AbstractValidator<GetSpacesInput>
{
    public GetSpacesValidator()
    {
        RuleFor(x => x.PartySize).InclusiveBetween(1, 500);
        RuleFor(x => x.Type).MaximumLength(32);
        RuleFor(x => x.Facilities).NotNull();
        RuleFor(x => x.MaxPriceFen).GreaterThanOrEqualTo(0);
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Sort).IsInEnum();
    }
}

public sealed class ScanInputValidator : AbstractValidator<ScanInput>
{
    public ScanInputValidator() => RuleFor(x => x.T).NotEmpty().MaximumLength(200);
}
