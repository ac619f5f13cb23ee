using LocalLife.Catalog;
using LocalLife.EntityFrameworkCore;
using LocalLife.Errors;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LocalLife.Reviews;

internal sealed class ReviewRepository(LocalLifeDbContext db, CrossTenantReader reader) : IReviewRepository
{
    public async Task<Review> GetAsync(Guid id, CancellationToken ct) =>
        await db.Reviews.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new EntityNotFoundException(nameof(Review), id);

    public async Task<Guid?> GetTenantIdAcrossTenantsAsync(Guid id, CancellationToken ct) =>
        (await reader.Db.Reviews.Where(x => x.Id == id).Select(x => new { x.TenantId }).FirstOrDefaultAsync(ct)
         ?? throw new EntityNotFoundException(nameof(Review), id)).TenantId;

    public Task<Review?> FindBySourceAsync(ReviewSourceKind kind, Guid sourceId, CancellationToken ct) =>
        db.Reviews.FirstOrDefaultAsync(x => x.SourceKind == kind && x.SourceId == sourceId, ct);

    public async Task InsertAsync(Review review, CancellationToken ct) => await db.Reviews.AddAsync(review, ct);

    public async Task SaveNewAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg
                                          && pg.ConstraintName == ReviewConfiguration.OnePerSourceIndex)
        {
            throw new BusinessException(ReviewErrorCodes.AlreadyReviewed, e.Message);
        }
    }

    public Task<(IReadOnlyList<Review> Items, int Total)> GetPageAsync(ReviewQuery query, int skip, int take, CancellationToken ct) =>
        PageAsync(db.Reviews.AsNoTracking(), query, skip, take, ct);

    public Task<(IReadOnlyList<Review> Items, int Total)> GetPageOfCustomerAsync(Guid customerId, Guid? sourceId, int skip, int take, CancellationToken ct) =>
        PageAsync(reader.Db.Reviews, new ReviewQuery(CustomerId: customerId, SourceId: sourceId), skip, take, ct);

    public Task<(IReadOnlyList<Review> Items, int Total)> GetModerationQueueAsync(ReviewStatus? status, Guid? tenantId, int skip, int take,
        CancellationToken ct) =>
        PageAsync(reader.Db.Reviews, new ReviewQuery(Status: status, TenantId: tenantId, PendingFirst: true), skip, take, ct);

    private static async Task<(IReadOnlyList<Review> Items, int Total)> PageAsync(IQueryable<Review> q, ReviewQuery query, int skip, int take,
        CancellationToken ct)
    {
        if (query.StoreId is { } store) q = q.Where(x => x.StoreId == store);
        if (query.CustomerId is { } customer) q = q.Where(x => x.CustomerId == customer);
        if (query.Status is { } status) q = q.Where(x => x.Status == status);
        if (query.Stars is { } stars) q = q.Where(x => x.Stars == stars);
        if (query.SourceId is { } source) q = q.Where(x => x.SourceId == source);
        if (query.TenantId is { } tenant) q = q.Where(x => x.TenantId == tenant);
        var total = await q.CountAsync(ct);
        var ordered = query.PendingFirst
            ? q.OrderBy(x => x.Status == ReviewStatus.Pending ? 0 : 1).ThenByDescending(x => x.SubmittedAt)
            : query.Status == ReviewStatus.Published
                ? q.OrderByDescending(x => x.PublishedAt)
                : q.OrderByDescending(x => x.SubmittedAt);
        var items = await ordered.ThenByDescending(x => x.Id).Skip(skip).Take(take).ToListAsync(ct);
        return (items, total);
    }

    public Task<int> CountByCustomerSinceAsync(Guid customerId, Guid storeId, DateTimeOffset since, CancellationToken ct) =>
        db.Reviews.CountAsync(x => x.CustomerId == customerId && x.StoreId == storeId && x.SubmittedAt >= since, ct);

    public Task<bool> HasSameTextFromOthersAcrossTenantsAsync(string fingerprint, Guid customerId, DateTimeOffset since, CancellationToken ct) =>
        reader.Db.Reviews.AnyAsync(x => x.TextFingerprint == fingerprint && x.CustomerId != customerId && x.SubmittedAt >= since, ct);

    public async Task<ReviewSummary> GetPublishedSummaryAsync(Guid storeId, CancellationToken ct)
    {
        var published = db.Reviews.Where(x => x.StoreId == storeId && x.Status == ReviewStatus.Published);
        var stars = await published.GroupBy(x => x.Stars).Select(g => new { Stars = g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Stars, x => x.Count, ct);
        // Row-level security limits the statement to the current tenant, as the query filter does above.
        var tags = await db.Database.SqlQuery<TagCount>($"""
            SELECT t.tag AS "Tag", count(*)::int AS "Count"
            FROM reviews r CROSS JOIN LATERAL jsonb_array_elements_text(r.tags) AS t(tag)
            WHERE r.store_id = {storeId} AND r.status = {ReviewStatus.Published.ToString()} AND NOT r.is_deleted
            GROUP BY t.tag
            """).ToDictionaryAsync(x => x.Tag, x => x.Count, ct);
        var count = stars.Values.Sum();
        var average = count == 0 ? 0m : (decimal)stars.Sum(s => s.Key * s.Value) / count;
        return new ReviewSummary(count, average, stars, tags);
    }

    public async Task<Store> LockStoreAsync(Guid storeId, CancellationToken ct)
    {
        await db.Database.ExecuteSqlAsync($"SELECT 1 FROM stores WHERE id = {storeId} FOR UPDATE", ct);
        var store = await db.Stores.FirstOrDefaultAsync(x => x.Id == storeId, ct) ?? throw new EntityNotFoundException(nameof(Store), storeId);
        await db.Entry(store).ReloadAsync(ct); // it may have been read before the lock, by this unit of work
        return store;
    }

    public async Task<ReviewSettings> GetSettingsAsync(CancellationToken ct)
    {
        var settings = await db.ReviewSettings.FirstOrDefaultAsync(s => s.Id == ReviewSettings.SingletonId, ct);
        if (settings is not null) return settings;
        settings = ReviewSettings.CreateDefault();
        db.Add(settings);
        return settings;
    }

    private sealed record TagCount(string Tag, int Count);
}
