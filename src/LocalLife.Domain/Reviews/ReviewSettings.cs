using LocalLife.Entities;
using LocalLife.Errors;

namespace LocalLife.Reviews;

/// <summary>
/// The platform's sensitive-word lists for reviews and merchant replies (one row, host-owned). A blocked word rejects a
/// review at once; a suspicious word sends it to a person. Seeded with a small default list the operators extend.
/// </summary>
public class ReviewSettings : AggregateRoot<Guid>
{
    public static readonly Guid SingletonId = new("00000000-0000-7000-8000-000000000002");

    public static readonly IReadOnlyList<string> DefaultBlockedWords = ["毒品", "枪支", "办证", "代开发票", "赌博", "色情", "传销"];
    public static readonly IReadOnlyList<string> DefaultSuspiciousWords = ["加微信", "加v", "好评返现", "返现", "刷单", "私聊", "骗子", "垃圾店"];

    private ReviewSettings() { } // EF

    public ReviewSettings(IReadOnlyList<string> blockedWords, IReadOnlyList<string> suspiciousWords) : base(SingletonId) =>
        SetWords(blockedWords, suspiciousWords);

    public IReadOnlyList<string> BlockedWords { get; private set; } = [];
    public IReadOnlyList<string> SuspiciousWords { get; private set; } = [];

    public static ReviewSettings CreateDefault() => new(DefaultBlockedWords, DefaultSuspiciousWords);

    public void SetWords(IReadOnlyList<string> blockedWords, IReadOnlyList<string> suspiciousWords)
    {
        BlockedWords = Clean(blockedWords);
        SuspiciousWords = Clean(suspiciousWords).Except(BlockedWords).ToList();
    }

    private static List<string> Clean(IReadOnlyList<string> words)
    {
        var cleaned = words.Select(w => w?.Trim() ?? "").Where(w => ReviewText.Normalize(w).Length > 0).Distinct().ToList();
        if (cleaned.Count > ReviewConsts.MaxWords) throw new BusinessException(LocalLifeErrorCodes.Validation).With("Field", "words");
        return cleaned;
    }
}
