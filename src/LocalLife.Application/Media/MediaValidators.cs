using FluentValidation;

namespace LocalLife.Media;

public sealed class RequestVideoUploadValidator : AbstractValidator<RequestVideoUploadDto>
{
    public RequestVideoUploadValidator()
    {
        RuleFor(x => x.StoreId).NotEmpty();
        RuleFor(x => x.ContentType).NotEmpty().MaximumLength(64);
        RuleFor(x => x.SizeBytes).GreaterThan(0);
        RuleFor(x => x.SortOrder).InclusiveBetween(0, 100);
    }
}

public sealed class GetVideosValidator : AbstractValidator<GetVideosInput>
{
    public GetVideosValidator() => RuleFor(x => x.StoreId).NotEmpty();
}
