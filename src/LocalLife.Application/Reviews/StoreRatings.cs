namespace LocalLife.Reviews;

/// <summary>
/// Keeps a store's rating and count equal to its published reviews. Called inside the transaction that changed which
/// reviews are published, after saving that change; the store row's lock makes concurrent updates of one store queue.
/// </summary>
public sealed class StoreRatings(IReviewRepository reviews)
{
    public async Task RefreshAsync(Guid storeId, CancellationToken ct)
    {
        var store = await reviews.LockStoreAsync(storeId, ct);
        var summary = await reviews.GetPublishedSummaryAsync(storeId, ct);
        store.RecordRating(Math.Round(summary.Average, 2, MidpointRounding.AwayFromZero), summary.Count);
    }
}
