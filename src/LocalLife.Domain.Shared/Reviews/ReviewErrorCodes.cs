namespace LocalLife.Reviews;

public static class ReviewErrorCodes
{
    public const string AlreadyReviewed = "LocalLife:Review:AlreadyReviewed";
    public const string SourceNotCompleted = "LocalLife:Review:SourceNotCompleted";
    public const string InvalidStars = "LocalLife:Review:InvalidStars";
    public const string TextTooLong = "LocalLife:Review:TextTooLong";
    public const string UnknownTag = "LocalLife:Review:UnknownTag";
    public const string TooManyImages = "LocalLife:Review:TooManyImages";
    public const string IllegalTransition = "LocalLife:Review:IllegalTransition";
    public const string NotPublished = "LocalLife:Review:NotPublished";
    public const string ReplyRequired = "LocalLife:Review:ReplyRequired";
    public const string ReplyHasBlockedWords = "LocalLife:Review:ReplyHasBlockedWords";
    public const string ReasonRequired = "LocalLife:Review:ReasonRequired";
    public const string NotACustomer = "LocalLife:Review:NotACustomer";
    public const string ImageNotUploaded = "LocalLife:Review:ImageNotUploaded";
}
