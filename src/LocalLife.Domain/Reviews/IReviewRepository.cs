using LocalLife.Catalog;

namespace LocalLife.Reviews;

public interface IReviewRepository
{
    /// <summary>A review of the current tenant; another tenant's is not found.</summary>
    Task<Review> GetAsync(Guid id, CancellationToken ct);

    /// <summary>The tenant of a review at whichever merchant (operators moderate them all; on the reader); not found when absent.</summary>
    Task<Guid?> GetTenantIdAcrossTenantsAsync(Guid id, CancellationToken ct);

    Task<Review?> FindBySourceAsync(ReviewSourceKind kind, Guid sourceId, CancellationToken ct);

    Task InsertAsync(Review review, CancellationToken ct);

    /// <summary>Saves a new review; losing the race for its source (the unique index) is <see cref="ReviewErrorCodes.AlreadyReviewed"/>.</summary>
    Task SaveNewAsync(CancellationToken ct);

    Task<(IReadOnlyList<Review> Items, int Total)> GetPageAsync(ReviewQuery query, int skip, int take, CancellationToken ct);

    /// <summary>A customer's reviews at every merchant, optionally of one source, newest first. Read-only, on the reader.</summary>
    Task<(IReadOnlyList<Review> Items, int Total)> GetPageOfCustomerAsync(Guid customerId, Guid? sourceId, int skip, int take, CancellationToken ct);

    /// <summary>The operators' queue over every merchant, pending first, optionally of one status or tenant. Read-only, on the reader.</summary>
    Task<(IReadOnlyList<Review> Items, int Total)> GetModerationQueueAsync(ReviewStatus? status, Guid? tenantId, int skip, int take, CancellationToken ct);

    /// <summary>Reviews of a store by a customer submitted since a moment (any status).</summary>
    Task<int> CountByCustomerSinceAsync(Guid customerId, Guid storeId, DateTimeOffset since, CancellationToken ct);

    /// <summary>Whether another customer submitted a review with this fingerprint since a moment, at any merchant (on the reader).</summary>
    Task<bool> HasSameTextFromOthersAcrossTenantsAsync(string fingerprint, Guid customerId, DateTimeOffset since, CancellationToken ct);

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
