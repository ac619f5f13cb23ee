namespace LocalLife.Reviews;

public static class ReviewConsts
{
    public const int MinStars = 1;
    public const int MaxStars = 5;
    public const int MaxTextLength = 500;
    public const int MaxImages = 9;
    public const int MaxImageNameLength = 80;
    public const long MaxImageBytes = 5 * 1024 * 1024;
    public const int MaxReplyLength = 300;
    public const int MaxReasonLength = 200;
    public const int MaxWords = 500;
    public const int MaxWordLength = 32;

    /// <summary>§7.3: this many reviews of one store by one customer within <see cref="FrequentWindow"/> look like a campaign.</summary>
    public const int FrequentCount = 3;
    public static readonly TimeSpan FrequentWindow = TimeSpan.FromHours(24);

    /// <summary>§7.3: the same text from another customer within this window looks copied (paid or hostile reviews).</summary>
    public static readonly TimeSpan DuplicateTextWindow = TimeSpan.FromDays(30);

    /// <summary>Texts shorter than this ("很好", "不错") are too common to call copied.</summary>
    public const int DuplicateTextMinLength = 8;
}

/// <summary>The fixed review tags (服务好 / 环境棒 / 性价比高…); clients show their own labels for these codes.</summary>
public static class ReviewTags
{
    public const string GoodService = "good-service";
    public const string NiceEnvironment = "nice-environment";
    public const string GoodValue = "good-value";
    public const string Clean = "clean";
    public const string GoodTaste = "good-taste";
    public const string GoodSound = "good-sound";

    public static readonly IReadOnlyList<string> All = [GoodService, NiceEnvironment, GoodValue, Clean, GoodTaste, GoodSound];
}

/// <summary>Why a review went to the human queue or was refused by the machine (stored on the review's moderation record).</summary>
public static class ReviewFlags
{
    public const string BlockedWords = "blocked-words";
    public const string SuspiciousWords = "suspicious-words";
    public const string WeChatReview = "wechat-review";
    public const string WeChatRisky = "wechat-risky";
    public const string WeChatUnavailable = "wechat-unavailable";
    public const string FrequentReviewer = "frequent-reviewer";
    public const string DuplicateText = "duplicate-text";
}
