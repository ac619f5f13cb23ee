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
        RuleForEach(x => x.Images).NotEmpty().MaximumLength(ReviewConsts.MaxImageUrlLength)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http").WithMessage("An image is an http(s) URL.");
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
