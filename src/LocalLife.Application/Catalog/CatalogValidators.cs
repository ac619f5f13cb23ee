using FluentValidation;
using LocalLife.Validation;

namespace LocalLife.Catalog;

public sealed class UpdateCategoryValidator : AbstractValidator<UpdateCategoryDto>
{
    public UpdateCategoryValidator()
    {
        RuleFor(x => x.NameZhHans).NotEmpty().MaximumLength(CategoryConsts.MaxNameLength);
        RuleFor(x => x.NameEn).NotEmpty().MaximumLength(CategoryConsts.MaxNameLength);
        RuleFor(x => x.Icon).MaximumLength(CategoryConsts.MaxIconLength);
        RuleFor(x => x.Description).MaximumLength(CategoryConsts.MaxDescriptionLength);
        RuleFor(x => x.SpaceTypes).NotNull().Must(t => t.Select(x => x.Code).Distinct().Count() == t.Count).WithMessage("Space type codes must be unique.");
        RuleForEach(x => x.SpaceTypes).SetValidator(new SpaceTypeValidator());
        RuleFor(x => x.ProductCategories).NotNull().Must(t => t.Select(x => x.Code).Distinct().Count() == t.Count).WithMessage("Product category codes must be unique.");
        RuleForEach(x => x.ProductCategories).ChildRules(p =>
        {
            p.RuleFor(x => x.Code).NotEmpty().MaximumLength(32).Matches("^[a-z0-9-]+$");
            p.RuleFor(x => x.NameZhHans).NotEmpty().MaximumLength(64);
            p.RuleFor(x => x.NameEn).NotEmpty().MaximumLength(64);
            p.RuleFor(x => x.Station).NotEmpty().Must(s => s is "bar" or "kitchen" or "service").WithMessage("Station must be bar, kitchen or service.");
        });
    }
}

public sealed class CreateCategoryValidator : AbstractValidator<CreateCategoryDto>
{
    public CreateCategoryValidator()
    {
        Include(new UpdateCategoryValidator());
        RuleFor(x => x.Code).NotEmpty().MaximumLength(CategoryConsts.MaxCodeLength).Matches("^[a-z][a-z0-9-]*$");
    }
}

public sealed class SpaceTypeValidator : AbstractValidator<SpaceTypeDto>
{
    public SpaceTypeValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(32).Matches("^[a-z0-9-]+$");
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.NameZhHans).NotEmpty().MaximumLength(64);
        RuleFor(x => x.NameEn).NotEmpty().MaximumLength(64);
    }
}

public sealed class CatalogSettingsValidator : AbstractValidator<CatalogSettingsDto>
{
    public CatalogSettingsValidator()
    {
        RuleFor(x => x.WeightRating).InclusiveBetween(0, 100);
        RuleFor(x => x.WeightDistance).InclusiveBetween(0, 100);
        RuleFor(x => x.WeightPopularity).InclusiveBetween(0, 100);
        RuleFor(x => x).Must(x => x.WeightRating + x.WeightDistance + x.WeightPopularity == 100).WithName("weights").WithMessage("Weights must add up to 100.");
    }
}

public sealed class UpdateStoreValidator : AbstractValidator<UpdateStoreDto>
{
    public UpdateStoreValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(128);
        RuleFor(x => x.Address).NotEmpty().MaximumLength(256);
        RuleFor(x => x.Phone).MaximumLength(32);
        RuleFor(x => x.Intro).MaximumLength(2000);
        RuleFor(x => x.Images).NotNull().Must(i => i.Count <= 20).WithMessage("At most 20 images.");
        RuleForEach(x => x.Images).NotEmpty().MaximumLength(512);
        RuleFor(x => x.Latitude).InclusiveBetween(-90, 90);
        RuleFor(x => x.Longitude).InclusiveBetween(-180, 180);
        RuleFor(x => x.TimeZone).MaximumLength(64);
        RuleFor(x => x.DefaultDepositPercent).InclusiveBetween(0, 100);
        RuleFor(x => x.Hours).NotNull();
        RuleForEach(x => x.Hours.Week).ChildRules(d =>
        {
            d.RuleFor(x => x.Day).IsInEnum();
            d.RuleFor(x => x.Ranges).NotNull();
        }).When(x => x.Hours?.Week is not null);
        RuleForEach(x => x.Hours.Exceptions).ChildRules(e => e.RuleFor(x => x.Ranges).NotNull()).When(x => x.Hours?.Exceptions is not null);
        RuleForEach(x => x.SpaceTypes).SetValidator(new SpaceTypeValidator()).When(x => x.SpaceTypes is not null);
    }
}

public sealed class CreateStoreValidator : AbstractValidator<CreateStoreDto>
{
    public CreateStoreValidator()
    {
        Include(new UpdateStoreValidator());
        RuleFor(x => x.CategoryCode).NotEmpty().MaximumLength(CategoryConsts.MaxCodeLength);
    }
}

public sealed class ChangeStoreStatusValidator : AbstractValidator<ChangeStoreStatusDto>
{
    public ChangeStoreStatusValidator() => RuleFor(x => x.Status).IsInEnum();
}

public sealed class GetStoresValidator : AbstractValidator<GetStoresInput>
{
    public GetStoresValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Keyword).MaximumLength(64);
        RuleFor(x => x.Category).MaximumLength(CategoryConsts.MaxCodeLength);
        RuleFor(x => x.Latitude).InclusiveBetween(-90, 90);
        RuleFor(x => x.Longitude).InclusiveBetween(-180, 180);
        RuleFor(x => x.Latitude).NotNull().When(x => x.Longitude is not null).WithMessage("Latitude and longitude come together.");
        RuleFor(x => x.Longitude).NotNull().When(x => x.Latitude is not null).WithMessage("Latitude and longitude come together.");
        RuleFor(x => x.RadiusKm).InclusiveBetween(0.1, 100);
        RuleFor(x => x.MinPriceFen).GreaterThanOrEqualTo(0);
        RuleFor(x => x.MaxPriceFen).GreaterThanOrEqualTo(x => x.MinPriceFen ?? 0);
        RuleFor(x => x.MinRating).InclusiveBetween(0, 5);
        RuleFor(x => x.Sort).IsInEnum();
    }
}

public sealed class GetStoreMapValidator : AbstractValidator<GetStoreMapInput>
{
    public GetStoreMapValidator()
    {
        RuleFor(x => x.South).InclusiveBetween(-90, 90).LessThan(x => x.North);
        RuleFor(x => x.North).InclusiveBetween(-90, 90);
        RuleFor(x => x.West).InclusiveBetween(-180, 180).LessThan(x => x.East);
        RuleFor(x => x.East).InclusiveBetween(-180, 180);
        // A viewport, not the country: about 2 degrees is a whole city.
        RuleFor(x => x).Must(x => x.North - x.South <= 2 && x.East - x.West <= 2).WithName("box").WithMessage("The map box may span at most 2 degrees.");
    }
}
