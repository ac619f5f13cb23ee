using FluentValidation;
using LocalLife.Media;
using LocalLife.Validation;

namespace LocalLife.Ordering;

public sealed class CreateProductCategoryValidator : AbstractValidator<CreateProductCategoryDto>
{
    public CreateProductCategoryValidator()
    {
        RuleFor(x => x.StoreId).NotEmpty();
        RuleFor(x => x.Code).NotEmpty().MaximumLength(32).Matches("^[A-Za-z0-9][A-Za-z0-9-]*$");
        RuleFor(x => x.NameZhHans).NotEmpty().MaximumLength(OrderingConsts.MaxNameLength);
        RuleFor(x => x.NameEn).NotEmpty().MaximumLength(OrderingConsts.MaxNameLength);
        RuleFor(x => x.Station).IsInEnum();
    }
}

public sealed class UpdateProductCategoryValidator : AbstractValidator<UpdateProductCategoryDto>
{
    public UpdateProductCategoryValidator()
    {
        RuleFor(x => x.NameZhHans).NotEmpty().MaximumLength(OrderingConsts.MaxNameLength);
        RuleFor(x => x.NameEn).NotEmpty().MaximumLength(OrderingConsts.MaxNameLength);
        RuleFor(x => x.Station).IsInEnum();
    }
}

public sealed class SaveProductValidator : AbstractValidator<SaveProductDto>
{
    public SaveProductValidator()
    {
        RuleFor(x => x.StoreId).NotEmpty();
        RuleFor(x => x.CategoryId).NotEmpty();
        RuleFor(x => x.Name).NotEmpty().MaximumLength(OrderingConsts.MaxNameLength);
        RuleFor(x => x.NameEn).MaximumLength(OrderingConsts.MaxNameLength);
        RuleFor(x => x.Description).MaximumLength(1000);
        RuleFor(x => x.Images).Must(i => i.Count <= 9).WithMessage("At most 9 images.");
        RuleForEach(x => x.Images).NotEmpty().MaximumLength(1000).Must(ImageRules.IsImageAddress)
            .WithMessage("An image is an http(s) URL or the address of an uploaded picture.");
        RuleFor(x => x.Tags).Must(t => t.Count <= 20).WithMessage("At most 20 tags.");
        RuleForEach(x => x.Tags).NotEmpty().MaximumLength(24);
        RuleFor(x => x.PriceFen).InclusiveBetween(0, 100_000_000);
        RuleFor(x => x.OriginalPriceFen).InclusiveBetween(0, 100_000_000);
        RuleFor(x => x.MemberPriceFen).InclusiveBetween(0, 100_000_000).LessThanOrEqualTo(x => x.PriceFen);
        RuleFor(x => x.PromotionPriceFen).InclusiveBetween(0, 100_000_000).LessThanOrEqualTo(x => x.PriceFen);
        RuleFor(x => x.Stock).GreaterThanOrEqualTo(0);
        RuleFor(x => x.StockWarning).InclusiveBetween(0, 100_000);
        RuleFor(x => x.PrepMinutes).InclusiveBetween(0, 240);
        RuleFor(x => x.Station).IsInEnum();
        RuleFor(x => x.Specs).Must(s => s.Count <= 10).WithMessage("At most 10 spec groups.");
        RuleForEach(x => x.Specs).ChildRules(g =>
        {
            g.RuleFor(x => x.Code).NotEmpty().MaximumLength(24).Matches("^[A-Za-z0-9-]+$");
            g.RuleFor(x => x.Name).NotEmpty().MaximumLength(24);
            g.RuleFor(x => x.Options).NotEmpty().Must(o => o.Count <= 20);
            g.RuleForEach(x => x.Options).ChildRules(o =>
            {
                o.RuleFor(x => x.Code).NotEmpty().MaximumLength(24).Matches("^[A-Za-z0-9-]+$");
                o.RuleFor(x => x.Name).NotEmpty().MaximumLength(24);
                o.RuleFor(x => x.DeltaFen).InclusiveBetween(0, 10_000_000);
            });
        });
    }
}

public sealed class ChangeProductStatusValidator : AbstractValidator<ChangeProductStatusDto>
{
    public ChangeProductStatusValidator() => RuleFor(x => x.Status).IsInEnum();
}

public sealed class GetProductsValidator : AbstractValidator<GetProductsInput>
{
    public GetProductsValidator()
    {
        RuleFor(x => x.StoreId).NotEmpty();
        RuleFor(x => x.Keyword).MaximumLength(50);
    }
}

public sealed class ChangeStockValidator : AbstractValidator<ChangeStockDto>
{
    public ChangeStockValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Quantity).InclusiveBetween(0, 1_000_000);
        RuleFor(x => x.Note).MaximumLength(200);
    }
}

public sealed class GetMenuValidator : AbstractValidator<GetMenuInput>
{
    public GetMenuValidator() => RuleFor(x => x.Keyword).MaximumLength(50);
}

public sealed class AddCartLineValidator : AbstractValidator<AddCartLineDto>
{
    public AddCartLineValidator()
    {
        RuleFor(x => x.ProductId).NotEmpty();
        RuleFor(x => x.Quantity).InclusiveBetween(1, OrderingConsts.MaxQuantityPerLine);
        RuleFor(x => x.Options).Must(o => o.Count <= 20);
        RuleForEach(x => x.Options).NotEmpty().MaximumLength(50);
        RuleFor(x => x.Note).MaximumLength(OrderingConsts.MaxNoteLength);
    }
}

public sealed class ChangeCartLineValidator : AbstractValidator<ChangeCartLineDto>
{
    public ChangeCartLineValidator() => RuleFor(x => x.Quantity).InclusiveBetween(0, OrderingConsts.MaxQuantityPerLine);
}

public sealed class AddRecommendedSetValidator : AbstractValidator<AddRecommendedSetDto>
{
    public AddRecommendedSetValidator() => RuleFor(x => x.ProductIds).NotEmpty().Must(p => p.Count <= 10);
}

public sealed class PlaceOrderValidator : AbstractValidator<PlaceOrderDto>
{
    public PlaceOrderValidator()
    {
        RuleFor(x => x.SpaceId).NotEmpty();
        RuleFor(x => x.QrToken).NotEmpty().MaximumLength(512);
        RuleFor(x => x.Note).MaximumLength(OrderingConsts.MaxNoteLength);
        RuleFor(x => x.ExpectedTotalFen).GreaterThanOrEqualTo(0);
    }
}

public sealed class GetMyOrdersValidator : AbstractValidator<GetMyOrdersInput>
{
    public GetMyOrdersValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Status).IsInEnum();
    }
}

public sealed class GetOrdersValidator : AbstractValidator<GetOrdersInput>
{
    public GetOrdersValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Status).IsInEnum();
    }
}

public sealed class RejectOrderValidator : AbstractValidator<RejectOrderDto>
{
    public RejectOrderValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(200);
}

public sealed class RaiseOrderIssueValidator : AbstractValidator<RaiseOrderIssueDto>
{
    public RaiseOrderIssueValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Note).NotEmpty().MaximumLength(200);
    }
}

public sealed class ResolveOrderIssueValidator : AbstractValidator<ResolveOrderIssueDto>
{
    public ResolveOrderIssueValidator()
    {
        RuleFor(x => x.Resolution).IsInEnum();
        RuleFor(x => x.Note).NotEmpty().MaximumLength(200);
        RuleFor(x => x.RefundFen).GreaterThan(0).When(x => x.Resolution == OrderResolutionKind.PartialRefund);
        RuleFor(x => x.RefundFen).Equal(0).When(x => x.Resolution != OrderResolutionKind.PartialRefund);
    }
}

public sealed class BatchAcceptOrdersValidator : AbstractValidator<BatchAcceptOrdersDto>
{
    public BatchAcceptOrdersValidator() => RuleFor(x => x.OrderIds).NotEmpty().Must(ids => ids.Count <= 50).WithMessage("At most 50 orders at once.");
}
