using LocalLife.Catalog;

namespace LocalLife.Reviews;

public interface IReviewRepository
{
    /// <summary>A review of the current tenant (all tenants with the filter off); another tenant's is not found.</summary>
    Task<Review> GetAsync(Guid id, CancellationToken ct);

    Task<Review?> FindBySourceAsync(ReviewSourceKind kind, Guid sourceId, CancellationToken ct);

    Task InsertAsync(Review review, CancellationToken ct);

    /// <summary>Saves a new review; losing the race for its source (the unique index) is <see cref="ReviewErrorCodes.AlreadyReviewed"/>.</summary>
    Task SaveNewAsync(CancellationToken ct);

    Task<(IReadOnlyList<Review> Items, int Total)> GetPageAsync(ReviewQuery query, int skip, int take, CancellationToken ct);

    /// <summary>Reviews of a store by a customer submitted since a moment (any status).</summary>
    Task<int> CountByCustomerSinceAsync(Guid customerId, Guid storeId, DateTimeOffset since, CancellationToken ct);

    /// <summary>Whether another customer submitted a review with this fingerprint since a moment (in the tenants visible now).</summary>
    Task<bool> HasSameTextFromOthersAsync(string fingerprint, Guid customerId, DateTimeOffset since, CancellationToken ct);

    Task<ReviewSummary> GetPublishedSummaryAsync(Guid storeId, CancellationToken ct);

    /// <summary>
    /// The store, locked for the rest of the transaction and read fresh: rating updates of one store happen one at a
    /// time, each counting the reviews committed before it.
    /// </summary>
    Task<Store> LockStoreAsync(Guid storeId, CancellationToken ct);

    Task<ReviewSettings> GetSettingsAsync(CancellationToken ct);
}

/// <summary>Filters of a review list; null means any. <see cref="PendingFirst"/> orders the moderation queue.</summary>
public sealed record ReviewQuery(
    Guid? StoreId = null,
    Guid? CustomerId = null,
    ReviewStatus? Status = null,
    int? Stars = null,
    Guid? SourceId = null,
    Guid? TenantId = null,
    bool PendingFirst = false);

/// <summary>Published reviews of a store: count, average stars, and how often each star count and tag was given.</summary>
public sealed record ReviewSummary(int Count, decimal Average, IReadOnlyDictionary<int, int> Stars, IReadOnlyDictionary<string, int> Tags);
