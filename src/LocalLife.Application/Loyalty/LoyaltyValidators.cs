using FluentValidation;
using LocalLife.Validation;

namespace LocalLife.Loyalty;

public sealed class SaveRebateRuleValidator : AbstractValidator<SaveRebateRuleDto>
{
    public SaveRebateRuleValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(64);
        RuleFor(x => x.Basis).IsInEnum();
        RuleFor(x => x.Categories).NotNull().Must(c => c.Count <= 30).WithMessage("At most 30 categories.");
        RuleFor(x => x.Categories).NotEmpty().When(x => x.Basis == RebateBasis.Categories);
        RuleForEach(x => x.Categories).NotEmpty().MaximumLength(32);
        RuleFor(x => x.PointsPer100Yuan).InclusiveBetween(1, 10_000);
        RuleFor(x => x.ValidTo).GreaterThan(x => x.ValidFrom).When(x => x.ValidFrom is not null && x.ValidTo is not null);
    }
}

public sealed class LoyaltySettingsValidator : AbstractValidator<LoyaltySettingsDto>
{
    public LoyaltySettingsValidator()
    {
        RuleFor(x => x.PointsPerYuan).InclusiveBetween(1, 10_000);
        RuleFor(x => x.OffsetCapPercent).InclusiveBetween(0, 100);
        RuleFor(x => x.ValidityDays).InclusiveBetween(1, 3650);
        RuleFor(x => x.PayableDocuments).NotNull();
        RuleForEach(x => x.PayableDocuments).IsInEnum();
        RuleFor(x => x.Levels).NotEmpty();
        RuleForEach(x => x.Levels).ChildRules(l =>
        {
            l.RuleFor(x => x.Code).NotEmpty().MaximumLength(32);
            l.RuleFor(x => x.NameZhHans).NotEmpty().MaximumLength(32);
            l.RuleFor(x => x.NameEn).NotEmpty().MaximumLength(32);
            l.RuleFor(x => x.ThresholdFen).GreaterThanOrEqualTo(0);
            l.RuleFor(x => x.MultiplierPercent).InclusiveBetween(0, 1000);
            l.RuleFor(x => x.BirthdayBonusPoints).GreaterThanOrEqualTo(0);
        });
    }
}

public sealed class AdjustPointsValidator : AbstractValidator<AdjustPointsDto>
{
    public AdjustPointsValidator()
    {
        RuleFor(x => x.CustomerId).NotEmpty();
        RuleFor(x => x.Delta).NotEqual(0).InclusiveBetween(-10_000_000, 10_000_000);
        RuleFor(x => x.Note).NotEmpty().MaximumLength(200);
        RuleFor(x => x.IdempotencyKey).NotEmpty().MaximumLength(64);
    }
}

public sealed class RedemptionPreviewValidator : AbstractValidator<GetRedemptionPreviewInput>
{
    public RedemptionPreviewValidator()
    {
        RuleFor(x => x.DocumentType).IsInEnum();
        RuleFor(x => x.PayableFen).InclusiveBetween(0, 100_000_000);
    }
}

public sealed class SettlementInputValidator : AbstractValidator<GetSettlementInput>
{
    public SettlementInputValidator()
    {
        RuleFor(x => x.From).NotEmpty();
        RuleFor(x => x.To).NotEmpty().GreaterThanOrEqualTo(x => x.From);
        RuleFor(x => x).Must(x => x.To.DayNumber - x.From.DayNumber <= 366).WithName("to").WithMessage("A report covers at most a year.");
    }
}

public sealed class PointsHistoryValidator : AbstractValidator<GetPointsHistoryInput>
{
    public PointsHistoryValidator() => this.AddPagingRules();
}
