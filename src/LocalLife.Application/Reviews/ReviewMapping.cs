namespace LocalLife.Reviews;

internal static class ReviewMapping
{
    public static ReviewDto ToDto(this Review r) => new(
        r.Id, r.StoreId, r.StoreName, r.SourceKind, r.SourceId, r.Stars, r.Text, r.Tags, r.Images, r.Status, r.RejectionReason,
        r.SubmittedAt, r.PublishedAt, r.Reply());

    public static PublicReviewDto ToPublicDto(this Review r) => new(r.Id, Alias(r.CustomerId), r.Stars, r.Text, r.Tags, r.Images, r.PublishedAt ?? r.SubmittedAt, r.Reply());

    public static ModerationReviewDto ToModerationDto(this Review r) => new(
        r.ToDto(), r.TenantId!.Value, r.CustomerId, r.MachineVerdict, r.MachineLabel, r.Flags, r.Decision, r.ModeratorId, r.ModeratedAt);

    private static ReviewReplyDto? Reply(this Review r) => r is { ReplyText: { } text, RepliedAt: { } at } ? new ReviewReplyDto(text, at, r.ReplyEditedAt) : null;

    /// <summary>Reviews are shown without the author's identity: a stable alias per customer.</summary>
    private static string Alias(Guid customerId) => "用户" + customerId.ToString("N")[^4..].ToUpperInvariant();
}
