using LocalLife.Identity;
using LocalLife.WeChat.ContentSecurity;
using LocalLife.WeChat.MiniProgram;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LocalLife.Reviews;

/// <summary>
/// The automatic half of moderation, in order: the platform's word lists (a blocked word decides at once, WeChat is not
/// asked), WeChat's msg_sec_check on the author's openid, then the suspicious patterns of §7.3 — one customer reviewing a
/// store again and again within a day, or the same text as another customer's recent review.
/// </summary>
public sealed class ReviewScreener(
    IReviewRepository reviews,
    IIdentityUserRepository users,
    WeChatContentSecurityClient contentSecurity,
    IOptions<WeChatMiniProgramOptions> weChat,
    ILogger<ReviewScreener> logger)
{
    public async Task<ReviewScreening> ScreenAsync(Review review, DateTimeOffset now, CancellationToken ct)
    {
        var settings = await reviews.GetSettingsAsync(ct);
        var blocked = ReviewText.FindWords(review.Text, settings.BlockedWords);
        if (blocked.Count > 0) return ReviewScreening.Blocked(blocked);
        var suspicious = ReviewText.FindWords(review.Text, settings.SuspiciousWords);
        var (verdict, label, traceId) = await CheckWithWeChatAsync(review, ct);
        return new ReviewScreening([], suspicious, verdict, label, traceId, await PatternFlagsAsync(review, now, ct));
    }

    private async Task<(MachineVerdict Verdict, int? Label, string? TraceId)> CheckWithWeChatAsync(Review review, CancellationToken ct)
    {
        // Stars and tags alone carry nothing to check.
        if (review.Text.Length == 0) return (MachineVerdict.Pass, null, null);
        var openId = string.IsNullOrEmpty(weChat.Value.AppId)
            ? null
            : await users.FindLoginKeyAsync(review.CustomerId, LocalLifeLoginProviders.WeChatMiniProgram, ct);
        if (openId is null) return (MachineVerdict.Unavailable, null, null);
        try
        {
            var result = await contentSecurity.CheckTextAsync(openId, ContentScene.Comment, review.Text, ct);
            return (result.Suggestion switch
            {
                ContentSuggestion.Pass => MachineVerdict.Pass,
                ContentSuggestion.Risky => MachineVerdict.Risky,
                _ => MachineVerdict.Review,
            }, result.Label, result.TraceId);
        }
        catch (Exception e) when (e is WeChatApiException or HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            // Unchecked text is never published on its own: a person looks at it.
            logger.LogWarning("Review {Id}: WeChat content check unavailable: {Reason}", review.Id, e.Message);
            return (MachineVerdict.Unavailable, null, null);
        }
    }

    private async Task<IReadOnlyList<string>> PatternFlagsAsync(Review review, DateTimeOffset now, CancellationToken ct)
    {
        var flags = new List<string>();
        // The new review is not saved yet: the ones before it count.
        if (await reviews.CountByCustomerSinceAsync(review.CustomerId, review.StoreId, now - ReviewConsts.FrequentWindow, ct) + 1 >= ReviewConsts.FrequentCount)
            flags.Add(ReviewFlags.FrequentReviewer);
        if (review.TextFingerprint is { } fingerprint
            && await reviews.HasSameTextFromOthersAcrossTenantsAsync(fingerprint, review.CustomerId, now - ReviewConsts.DuplicateTextWindow, ct))
            flags.Add(ReviewFlags.DuplicateText);
        return flags;
    }
}
