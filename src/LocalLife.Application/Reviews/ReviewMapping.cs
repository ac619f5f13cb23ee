namespace LocalLife.Reviews;

internal static class ReviewMapping
{
    /// <summary><paramref name="images"/>: the review's image links (see <see cref="ReviewImages.LinksAsync"/>).</summary>
    public static ReviewDto ToDto(this Review r, IReadOnlyList<string> images) => new(
        r.Id, r.StoreId, r.StoreName, r.SourceKind, r.SourceId, r.Stars, r.Text, r.Tags, images, r.Status, r.RejectionReason,
        r.SubmittedAt, r.PublishedAt, r.Reply());

    public static PublicReviewDto ToPublicDto(this Review r, IReadOnlyList<string> images) =>
        new(r.Id, Alias(r.CustomerId), r.Stars, r.Text, r.Tags, images, r.PublishedAt ?? r.SubmittedAt, r.Reply());

    public static ModerationReviewDto ToModerationDto(this Review r, IReadOnlyList<string> images) => new(
        r.ToDto(images), r.TenantId!.Value, r.CustomerId, r.MachineVerdict, r.MachineLabel, r.Flags, r.Decision, r.ModeratorId, r.ModeratedAt);

    public static async Task<ReviewDto> ToDtoAsync(this Review r, ReviewImages images, CancellationToken ct) => r.ToDto(await images.LinksAsync(r.Images, ct));

    public static async Task<ModerationReviewDto> ToModerationDtoAsync(this Review r, ReviewImages images, CancellationToken ct) =>
        r.ToModerationDto(await images.LinksAsync(r.Images, ct));

    public static async Task<IReadOnlyList<T>> MapAsync<T>(this IReadOnlyList<Review> reviews, Func<Review, Task<T>> map)
    {
        var result = new List<T>(reviews.Count);
        foreach (var review in reviews) result.Add(await map(review));
        return result;
    }

    private static ReviewReplyDto? Reply(this Review r) => r is { ReplyText: { } text, RepliedAt: { } at } ? new ReviewReplyDto(text, at, r.ReplyEditedAt) : null;

    /// <summary>Reviews are shown without the author's identity: a stable alias per customer.</summary>
    private static string Alias(Guid customerId) => "用户" + customerId.ToString("N")[^4..].ToUpperInvariant();
}
