using FluentValidation;
using LocalLife.Validation;

namespace LocalLife.Marketing;

public sealed class SaveCouponTemplateValidator : AbstractValidator<SaveCouponTemplateDto>
{
    public SaveCouponTemplateValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(MarketingConsts.MaxNameLength);
        RuleFor(x => x.Description).MaximumLength(MarketingConsts.MaxDescriptionLength);
        RuleFor(x => x.Validity).IsInEnum();
        RuleFor(x => x.TotalQuantity).InclusiveBetween(1, MarketingConsts.MaxTotalQuantity);
        RuleFor(x => x.PerCustomerLimit).InclusiveBetween(1, MarketingConsts.MaxPerCustomerLimit);
        RuleFor(x => x.ValidDays).InclusiveBetween(0, MarketingConsts.MaxValidDays);
        RuleFor(x => x.Rules).NotNull().SetValidator(new CouponRulesValidator());
    }
}

public sealed class CouponRulesValidator : AbstractValidator<CouponRulesDto>
{
    public const long MaxFen = 100_000_000; // a million yuan: anything above is a typo

    public CouponRulesValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Use).IsInEnum();
        RuleFor(x => x.NewCustomer).IsInEnum();
        RuleFor(x => x.AmountOffFen).InclusiveBetween(0, MaxFen);
        RuleFor(x => x.MinSpendFen).InclusiveBetween(0, MaxFen);
        RuleFor(x => x.MaxDiscountFen).InclusiveBetween(0, MaxFen);
        RuleFor(x => x.PayPercent).InclusiveBetween(0, 99);
        RuleFor(x => x.StoreIds).NotNull().Must(s => s.Count <= 200).WithMessage("At most 200 stores.");
        RuleFor(x => x.ProductIds).NotNull().Must(s => s.Count <= 500).WithMessage("At most 500 products.");
        RuleFor(x => x.CategoryCodes).NotNull().Must(s => s.Count <= 50).WithMessage("At most 50 categories.");
        RuleForEach(x => x.CategoryCodes).NotEmpty().MaximumLength(32);
        RuleFor(x => x.Window!.Days).NotEmpty().When(x => x.Window is not null);
        RuleForEach(x => x.Window!.Days).IsInEnum().When(x => x.Window is not null);
    }
}

public sealed class GetCouponTemplatesValidator : AbstractValidator<GetCouponTemplatesInput>
{
    public GetCouponTemplatesValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Status).IsInEnum();
    }
}

public sealed class GetMyCouponsValidator : AbstractValidator<GetMyCouponsInput>
{
    public GetMyCouponsValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.State).IsInEnum();
    }
}

public sealed class GetCouponSettlementValidator : AbstractValidator<GetCouponSettlementInput>
{
    public GetCouponSettlementValidator()
    {
        RuleFor(x => x.From).NotEmpty();
        RuleFor(x => x.To).GreaterThan(x => x.From).WithMessage("The period must end after it starts.");
        RuleFor(x => x).Must(x => x.To - x.From <= TimeSpan.FromDays(366)).WithMessage("At most a year at a time.");
    }
}

public sealed class SaveActivityValidator : AbstractValidator<SaveActivityDto>
{
    public SaveActivityValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(MarketingConsts.MaxNameLength);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Theme).IsInEnum();
        RuleFor(x => x.StoreIds).NotNull().Must(s => s.Count <= 200).WithMessage("At most 200 stores.");
        RuleFor(x => x.Prices).NotNull().Must(p => p.Count <= 200).WithMessage("At most 200 products.");
        RuleForEach(x => x.Prices).ChildRules(p =>
        {
            p.RuleFor(x => x.ProductId).NotEmpty();
            p.RuleFor(x => x.PriceFen).InclusiveBetween(0, CouponRulesValidator.MaxFen);
            p.RuleFor(x => x.PerCustomerLimit).InclusiveBetween(0, 1_000);
            p.RuleFor(x => x.TotalLimit).InclusiveBetween(0, 1_000_000);
        });
        RuleFor(x => x.Tiers).NotNull().Must(t => t.Count <= 10).WithMessage("At most 10 tiers.");
        RuleForEach(x => x.Tiers).ChildRules(t =>
        {
            t.RuleFor(x => x.MinSpendFen).InclusiveBetween(1, CouponRulesValidator.MaxFen);
            t.RuleFor(x => x.OffFen).InclusiveBetween(1, CouponRulesValidator.MaxFen);
        });
        RuleFor(x => x.MultiplierPercent).InclusiveBetween(0, Activity.MaxMultiplierPercent);
        RuleFor(x => x.EndsAt).GreaterThan(x => x.StartsAt).WithMessage("An activity ends after it starts.");
    }
}

public sealed class GetActivitiesValidator : AbstractValidator<GetActivitiesInput>
{
    public GetActivitiesValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Status).IsInEnum();
    }
}

public sealed class SaveMallItemValidator : AbstractValidator<SaveMallItemDto>
{
    public SaveMallItemValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(MarketingConsts.MaxNameLength);
        RuleFor(x => x.Description).MaximumLength(MarketingConsts.MaxDescriptionLength);
        RuleFor(x => x.Image).MaximumLength(512);
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.PointsCost).InclusiveBetween(1, 100_000_000);
        RuleFor(x => x.Stock).InclusiveBetween(0, MarketingConsts.MaxTotalQuantity);
        RuleFor(x => x.PerCustomerLimit).InclusiveBetween(1, MarketingConsts.MaxPerCustomerLimit);
    }
}

public sealed class GetMallItemsValidator : AbstractValidator<GetMallItemsInput>
{
    public GetMallItemsValidator() => this.AddPagingRules();
}

public sealed class CollectVoucherValidator : AbstractValidator<CollectVoucherDto>
{
    public CollectVoucherValidator()
    {
        RuleFor(x => x.StoreId).NotEmpty();
        RuleFor(x => x.Code).NotEmpty().Matches("^[0-9]{10}$").WithMessage("A voucher code is 10 digits.");
    }
}
