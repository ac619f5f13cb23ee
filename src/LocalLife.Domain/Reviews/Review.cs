using LocalLife.Entities;
using LocalLife.Errors;
using LocalLife.MultiTenancy;

namespace LocalLife.Reviews;

/// <summary>
/// A customer's review of one completed order or finished booking (one per source, the database's unique index decides
/// a race). The automatic screening publishes it, holds it for a person or rejects it; an operator's decision is
/// recorded beside the machine's. Only published reviews are shown and count in the store's rating. The merchant may
/// answer a published review once and edit that answer.
/// </summary>
public class Review : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private Review() { } // EF

    public Review(Guid id, Guid tenantId, Guid storeId, string storeName, Guid customerId, ReviewSourceKind sourceKind, Guid sourceId,
        int stars, string? text, IReadOnlyList<string> tags, IReadOnlyList<string> images, DateTimeOffset now) : base(id)
    {
        if (stars is < ReviewConsts.MinStars or > ReviewConsts.MaxStars) throw new BusinessException(ReviewErrorCodes.InvalidStars).With("Stars", stars);
        text = text?.Trim() ?? "";
        if (text.Length > ReviewConsts.MaxTextLength) throw new BusinessException(ReviewErrorCodes.TextTooLong).With("Max", ReviewConsts.MaxTextLength);
        if (tags.FirstOrDefault(t => !ReviewTags.All.Contains(t)) is { } unknown) throw new BusinessException(ReviewErrorCodes.UnknownTag).With("Tag", unknown);
        if (images.Count > ReviewConsts.MaxImages) throw new BusinessException(ReviewErrorCodes.TooManyImages).With("Max", ReviewConsts.MaxImages);
        TenantId = tenantId;
        StoreId = storeId;
        StoreName = storeName;
        CustomerId = customerId;
        SourceKind = sourceKind;
        SourceId = sourceId;
        Stars = stars;
        Text = text;
        TextFingerprint = ReviewText.Fingerprint(text);
        Tags = tags.Distinct().ToList();
        Images = images;
        SubmittedAt = now;
        Status = ReviewStatus.Pending;
    }

    public Guid? TenantId { get; private set; }
    public Guid StoreId { get; private set; }
    public string StoreName { get; private set; } = null!;
    public Guid CustomerId { get; private set; }
    public ReviewSourceKind SourceKind { get; private set; }
    public Guid SourceId { get; private set; }
    public int Stars { get; private set; }
    public string Text { get; private set; } = "";

    /// <summary>The normalized text's hash, to find the same text from other customers; null for texts too short to tell.</summary>
    public string? TextFingerprint { get; private set; }

    public IReadOnlyList<string> Tags { get; private set; } = [];
    /// <summary>Names of the photos in the review-images container (see ReviewImages), not links: links expire.</summary>
    public IReadOnlyList<string> Images { get; private set; } = [];
    public ReviewStatus Status { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }
    public string? RejectionReason { get; private set; }

    // The moderation record: the machine's part…
    public MachineVerdict? MachineVerdict { get; private set; }
    public int? MachineLabel { get; private set; }
    public string? MachineTraceId { get; private set; }
    public IReadOnlyList<string> Flags { get; private set; } = [];

    // …and the person's.
    public ModerationDecision? Decision { get; private set; }
    public Guid? ModeratorId { get; private set; }
    public DateTimeOffset? ModeratedAt { get; private set; }

    public string? ReplyText { get; private set; }
    public DateTimeOffset? RepliedAt { get; private set; }
    public DateTimeOffset? ReplyEditedAt { get; private set; }

    public bool IsPublished => Status == ReviewStatus.Published;

    /// <summary>
    /// Applies the automatic checks once: a blocked word or WeChat's "risky" rejects; a suspicious word, WeChat's "review"
    /// (or no answer from WeChat) and a suspicious pattern hold the review for a person; otherwise it is published.
    /// </summary>
    public void Screen(ReviewScreening screening, DateTimeOffset now)
    {
        if (MachineVerdict is not null || Flags.Count > 0 || Status != ReviewStatus.Pending)
            throw new BusinessException(ReviewErrorCodes.IllegalTransition).With("From", Status).With("To", "screened");
        var flags = new List<string>();
        if (screening.BlockedWords.Count > 0) flags.Add(ReviewFlags.BlockedWords);
        if (screening.SuspiciousWords.Count > 0) flags.Add(ReviewFlags.SuspiciousWords);
        switch (screening.Verdict)
        {
            case Reviews.MachineVerdict.Risky: flags.Add(ReviewFlags.WeChatRisky); break;
            case Reviews.MachineVerdict.Review: flags.Add(ReviewFlags.WeChatReview); break;
            case Reviews.MachineVerdict.Unavailable: flags.Add(ReviewFlags.WeChatUnavailable); break;
        }
        flags.AddRange(screening.PatternFlags);
        Flags = flags.Distinct().ToList();
        MachineVerdict = screening.Verdict;
        MachineLabel = screening.Label;
        MachineTraceId = screening.TraceId;

        if (screening.BlockedWords.Count > 0)
            Reject($"{ReviewFlags.BlockedWords}: {string.Join(", ", screening.BlockedWords)}".Truncate(ReviewConsts.MaxReasonLength));
        else if (screening.Verdict == Reviews.MachineVerdict.Risky)
            Reject($"{ReviewFlags.WeChatRisky}: label {screening.Label}");
        else if (Flags.Count == 0)
            Publish(now);
        // else: stays Pending, in the operators' queue
    }

    public void Approve(Guid operatorId, DateTimeOffset now)
    {
        Publish(now);
        RejectionReason = null;
        Decide(ModerationDecision.Approved, operatorId, now);
    }

    public void RejectByOperator(Guid operatorId, string reason, DateTimeOffset now)
    {
        if (Status != ReviewStatus.Pending)
            throw new BusinessException(ReviewErrorCodes.IllegalTransition).With("From", Status).With("To", ReviewStatus.Rejected);
        Reject(Reason(reason));
        Decide(ModerationDecision.Rejected, operatorId, now);
    }

    public void TakeDown(Guid operatorId, string reason, DateTimeOffset now)
    {
        if (Status != ReviewStatus.Published)
            throw new BusinessException(ReviewErrorCodes.IllegalTransition).With("From", Status).With("To", ReviewStatus.Rejected);
        Reject(Reason(reason));
        Decide(ModerationDecision.TakenDown, operatorId, now);
    }

    /// <summary>The merchant's one answer, shown under the review; writing again edits it.</summary>
    public void Reply(string text, DateTimeOffset now)
    {
        if (!IsPublished) throw new BusinessException(ReviewErrorCodes.NotPublished);
        text = text?.Trim() ?? "";
        if (text.Length == 0) throw new BusinessException(ReviewErrorCodes.ReplyRequired);
        if (text.Length > ReviewConsts.MaxReplyLength) throw new BusinessException(ReviewErrorCodes.TextTooLong).With("Max", ReviewConsts.MaxReplyLength);
        if (RepliedAt is null) RepliedAt = now;
        else ReplyEditedAt = now;
        ReplyText = text;
    }

    private void Publish(DateTimeOffset now)
    {
        MoveTo(ReviewStatus.Published);
        PublishedAt = now;
    }

    private void Reject(string reason)
    {
        MoveTo(ReviewStatus.Rejected);
        RejectionReason = reason;
    }

    private void Decide(ModerationDecision decision, Guid operatorId, DateTimeOffset now)
    {
        Decision = decision;
        ModeratorId = operatorId;
        ModeratedAt = now;
    }

    private static string Reason(string reason)
    {
        reason = reason?.Trim() ?? "";
        return reason.Length == 0 ? throw new BusinessException(ReviewErrorCodes.ReasonRequired) : reason.Truncate(ReviewConsts.MaxReasonLength);
    }

    private void MoveTo(ReviewStatus next)
    {
        if (!ReviewTransitions.Allows(Status, next))
            throw new BusinessException(ReviewErrorCodes.IllegalTransition).With("From", Status).With("To", next);
        Status = next;
    }
}
