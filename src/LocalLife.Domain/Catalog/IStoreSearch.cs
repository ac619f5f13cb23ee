namespace LocalLife.Catalog;

/// <summary>
/// The customer's store search across all merchants, computed in PostgreSQL (distances with the spatial index,
/// "open now" with the same rule as <see cref="OpeningHours"/>), so paging and ordering stay in the database.
/// </summary>
public interface IStoreSearch
{
    Task<(IReadOnlyList<StoreSearchHit> Items, int TotalCount)> SearchAsync(StoreSearchCriteria criteria, CancellationToken ct);
}

public sealed record StoreSearchCriteria
{
    public string? CategoryCode { get; init; }
    public string? Keyword { get; init; }
    public bool OpenNow { get; init; }
    public long? MinPriceFen { get; init; }
    public long? MaxPriceFen { get; init; }
    public decimal? MinRating { get; init; }
    public StoreSort Sort { get; init; } = StoreSort.Distance;
    public GeoPoint? Position { get; init; }
    public double? RadiusMeters { get; init; }
    public GeoBox? Box { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 20;
    public DateTimeOffset Now { get; init; }
    public CompositeWeights Weights { get; init; } = CompositeWeights.Default;
}

/// <summary>A map viewport: south-west and north-east corners.</summary>
public sealed record GeoBox(double South, double West, double North, double East);

public sealed record StoreSearchHit(
    Guid Id,
    Guid TenantId,
    string Name,
    string CategoryCode,
    string Address,
    double Latitude,
    double Longitude,
    decimal Rating,
    int RatingCount,
    long MinPriceFen,
    long Popularity,
    string? Image,
    double? DistanceMeters,
    bool OpenNow,
    double Score);
