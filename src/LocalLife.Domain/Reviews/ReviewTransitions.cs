namespace LocalLife.Reviews;

/// <summary>
/// Every status change of a review. An operator may publish a pending review or overturn a rejection, reject a pending
/// one, or take a published one down (it becomes rejected).
/// </summary>
public static class ReviewTransitions
{
    private static readonly Dictionary<ReviewStatus, ReviewStatus[]> Allowed = new()
    {
        [ReviewStatus.Pending] = [ReviewStatus.Published, ReviewStatus.Rejected],
        [ReviewStatus.Published] = [ReviewStatus.Rejected],
        [ReviewStatus.Rejected] = [ReviewStatus.Published],
    };

    public static bool Allows(ReviewStatus from, ReviewStatus to) => Allowed.TryGetValue(from, out var next) && next.Contains(to);
}
