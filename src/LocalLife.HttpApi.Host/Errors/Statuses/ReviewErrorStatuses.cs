using LocalLife.Reviews;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace LocalLife.Errors;

/// <summary>The HTTP statuses of the review errors.</summary>
internal static class ReviewErrorStatuses
{
    public static readonly IReadOnlyDictionary<string, int> Map = new Dictionary<string, int>
    {
        { ReviewErrorCodes.AlreadyReviewed, Status409Conflict },
        { ReviewErrorCodes.SourceNotCompleted, Status422UnprocessableEntity },
        { ReviewErrorCodes.InvalidStars, Status422UnprocessableEntity },
        { ReviewErrorCodes.TextTooLong, Status422UnprocessableEntity },
        { ReviewErrorCodes.UnknownTag, Status422UnprocessableEntity },
        { ReviewErrorCodes.TooManyImages, Status422UnprocessableEntity },
        { ReviewErrorCodes.IllegalTransition, Status409Conflict },
        { ReviewErrorCodes.NotPublished, Status422UnprocessableEntity },
        { ReviewErrorCodes.ReplyRequired, Status422UnprocessableEntity },
        { ReviewErrorCodes.ReplyHasBlockedWords, Status422UnprocessableEntity },
        { ReviewErrorCodes.ReasonRequired, Status422UnprocessableEntity },
        { ReviewErrorCodes.NotACustomer, Status403Forbidden },
        { ReviewErrorCodes.ImageNotUploaded, Status422UnprocessableEntity },
    };
}
