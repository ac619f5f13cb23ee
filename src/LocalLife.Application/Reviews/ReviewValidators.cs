using FluentValidation;
using LocalLife.Validation;

namespace LocalLife.Reviews;

public sealed class SubmitReviewValidator : AbstractValidator<SubmitReviewDto>
{
    public SubmitReviewValidator()
    {
        RuleFor(x => x.SourceKind).IsInEnum();
        RuleFor(x => x.SourceId).NotEmpty();
        RuleFor(x => x.Stars).InclusiveBetween(ReviewConsts.MinStars, ReviewConsts.MaxStars);
        RuleFor(x => x.Text).MaximumLength(ReviewConsts.MaxTextLength);
        RuleFor(x => x.Tags).NotNull().Must(t => t.Count <= ReviewTags.All.Count).WithMessage("Too many tags.");
        RuleForEach(x => x.Tags).Must(t => ReviewTags.All.Contains(t)).WithMessage("Unknown review tag.");
        RuleFor(x => x.Images).NotNull().Must(i => i.Count <= ReviewConsts.MaxImages).WithMessage($"At most {ReviewConsts.MaxImages} images.");
        RuleForEach(x => x.Images).NotEmpty().MaximumLength(ReviewConsts.MaxImageNameLength).Matches("^[0-9a-f]{32}/[0-9a-f]{32}\\.(jpg|png|webp)$")
            .WithMessage("An image is the name an upload returned.");
    }
}

public sealed class RequestReviewImageUploadValidator : AbstractValidator<RequestReviewImageUploadDto>
{
    public RequestReviewImageUploadValidator()
    {
        RuleFor(x => x.ContentType).NotEmpty().Must(t => t is "image/jpeg" or "image/png" or "image/webp").WithMessage("A JPEG, PNG or WebP image.");
        RuleFor(x => x.SizeBytes).InclusiveBetween(1, ReviewConsts.MaxImageBytes);
    }
}

public sealed class ReplyReviewValidator : AbstractValidator<ReplyReviewDto>
{
    public ReplyReviewValidator() => RuleFor(x => x.Text).NotEmpty().MaximumLength(ReviewConsts.MaxReplyLength);
}

public sealed class ModerationReasonValidator : AbstractValidator<ModerationReasonDto>
{
    public ModerationReasonValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(ReviewConsts.MaxReasonLength);
}

public sealed class ReviewSettingsValidator : AbstractValidator<ReviewSettingsDto>
{
    public ReviewSettingsValidator()
    {
        RuleFor(x => x.BlockedWords).NotNull().Must(w => w.Count <= ReviewConsts.MaxWords);
        RuleFor(x => x.SuspiciousWords).NotNull().Must(w => w.Count <= ReviewConsts.MaxWords);
        RuleForEach(x => x.BlockedWords).NotEmpty().MaximumLength(ReviewConsts.MaxWordLength);
        RuleForEach(x => x.SuspiciousWords).NotEmpty().MaximumLength(ReviewConsts.MaxWordLength);
    }
}

public sealed class GetMyReviewsValidator : AbstractValidator<GetMyReviewsInput>
{
    public GetMyReviewsValidator() => this.AddPagingRules();
}

public sealed class GetStoreReviewsValidator : AbstractValidator<GetStoreReviewsInput>
{
    public GetStoreReviewsValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Stars).InclusiveBetween(ReviewConsts.MinStars, ReviewConsts.MaxStars);
    }
}

public sealed class GetMerchantReviewsValidator : AbstractValidator<GetMerchantReviewsInput>
{
    public GetMerchantReviewsValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Stars).InclusiveBetween(ReviewConsts.MinStars, ReviewConsts.MaxStars);
    }
}

public sealed class GetModerationQueueValidator : AbstractValidator<GetModerationQueueInput>
{
    public GetModerationQueueValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Status).IsInEnum();
    }
}
