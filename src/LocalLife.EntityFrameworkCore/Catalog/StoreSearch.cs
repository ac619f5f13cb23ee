using System.Text;
using LocalLife.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace LocalLife.Catalog;

/// <summary>
/// One SQL statement over every active merchant's stores: filters, distance (ST_Distance / ST_DWithin on the GiST
/// indexed geography column), "open now" (store_is_open), composite score, ordering, paging and the total count.
/// It runs on the cross-tenant reader: this is the platform-wide customer view. Result columns are snake_case, as
/// the naming convention maps them onto <see cref="Row"/>.
/// </summary>
internal sealed class StoreSearch(CrossTenantReader reader) : IStoreSearch
{
    public async Task<(IReadOnlyList<StoreSearchHit> Items, int TotalCount)> SearchAsync(StoreSearchCriteria c, CancellationToken ct)
    {
        var parameters = new List<NpgsqlParameter>();
        string P(object value, NpgsqlDbType type)
        {
            var name = "p" + parameters.Count;
            parameters.Add(new NpgsqlParameter(name, type) { Value = value });
            return "@" + name;
        }

        var here = c.Position is null ? null
            : $"ST_SetSRID(ST_MakePoint({P(c.Position.Longitude, NpgsqlDbType.Double)}, {P(c.Position.Latitude, NpgsqlDbType.Double)}), 4326)::geography";
        var where = new List<string>
        {
            "NOT s.is_deleted", "NOT t.is_deleted", "t.status = 'Active'", "s.category_code = ANY (t.enabled_categories)",
            "c.is_enabled", "NOT c.is_deleted",
        };
        if (c.CategoryCode is not null) where.Add($"s.category_code = {P(c.CategoryCode, NpgsqlDbType.Text)}");
        if (!string.IsNullOrWhiteSpace(c.Keyword))
        {
            var pattern = P($"%{EscapeLike(c.Keyword.Trim())}%", NpgsqlDbType.Text);
            where.Add($"(s.name ILIKE {pattern} OR s.address ILIKE {pattern} OR s.intro ILIKE {pattern})");
        }
        if (c.MinPriceFen is not null) where.Add($"s.min_price_fen >= {P(c.MinPriceFen, NpgsqlDbType.Bigint)}");
        if (c.MaxPriceFen is not null) where.Add($"s.min_price_fen <= {P(c.MaxPriceFen, NpgsqlDbType.Bigint)}");
        if (c.MinRating is not null) where.Add($"s.rating >= {P(c.MinRating, NpgsqlDbType.Numeric)}");
        if (here is not null && c.RadiusMeters is not null) where.Add($"ST_DWithin(s.location, {here}, {P(c.RadiusMeters, NpgsqlDbType.Double)})");
        if (c.Box is { } box)
        {
            where.Add($"""
                ST_Intersects(s.location, ST_MakeEnvelope({P(box.West, NpgsqlDbType.Double)}, {P(box.South, NpgsqlDbType.Double)},
                    {P(box.East, NpgsqlDbType.Double)}, {P(box.North, NpgsqlDbType.Double)}, 4326)::geography)
                """);
        }
        var now = P(c.Now, NpgsqlDbType.TimestampTz);
        var distance = here is null ? "NULL::double precision" : $"ST_Distance(s.location, {here})";
        var nearness = here is null ? "0" : "1.0 / (1.0 + distance / 1000.0)";
        var score = $"({c.Weights.Rating} * rating / 5.0 + {c.Weights.Distance} * {nearness} + {c.Weights.Popularity} * popularity / (popularity + 50.0)) / 100.0";
        var order = c.Sort switch
        {
            StoreSort.Distance when here is not null => "distance, id",
            StoreSort.PriceLowToHigh => "min_price_fen, id",
            StoreSort.PriceHighToLow => "min_price_fen DESC, id",
            StoreSort.Rating => "rating DESC, rating_count DESC, id",
            _ => "score DESC, id",
        };

        var sql = new StringBuilder($"""
            WITH candidates AS (
                SELECT s.id, s.tenant_id, s.name, s.category_code, s.address, s.latitude, s.longitude, s.rating, s.rating_count,
                       s.min_price_fen, s.popularity, s.images ->> 0 AS image, {distance} AS distance,
                       store_is_open(s.hours, s.status, s.closed_on, s.time_zone, {now}) AS open_now
                FROM stores s
                JOIN tenants t ON t.id = s.tenant_id
                JOIN categories c ON c.code = s.category_code
                WHERE {string.Join(" AND ", where)}
            ), scored AS (
                SELECT *, {score} AS score FROM candidates {(c.OpenNow ? "WHERE open_now" : "")}
            )
            SELECT id, tenant_id, name, category_code, address, latitude, longitude, rating, rating_count, min_price_fen, popularity,
                   image, distance AS distance_meters, open_now, score::double precision AS score, count(*) OVER ()::int AS total_count
            FROM scored
            ORDER BY {order}
            OFFSET {P(c.Skip, NpgsqlDbType.Integer)} LIMIT {P(c.Take, NpgsqlDbType.Integer)}
            """);
        var rows = await reader.Db.Database.SqlQueryRaw<Row>(sql.ToString(), [.. parameters]).ToListAsync(ct);
        var total = rows.Count > 0 ? rows[0].TotalCount : c.Skip == 0 ? 0 : await CountAsync(c, ct);
        return (rows.Select(r => r.ToHit()).ToList(), total);
    }

    // Past the last page the window count is not there; ask again for page one's count.
    private async Task<int> CountAsync(StoreSearchCriteria c, CancellationToken ct) =>
        (await SearchAsync(c with { Skip = 0, Take = 1 }, ct)).TotalCount;

    private static string EscapeLike(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");

    private sealed record Row(Guid Id, Guid TenantId, string Name, string CategoryCode, string Address, double Latitude, double Longitude,
        decimal Rating, int RatingCount, long MinPriceFen, long Popularity, string? Image, double? DistanceMeters, bool OpenNow, double Score,
        int TotalCount)
    {
        public StoreSearchHit ToHit() => new(Id, TenantId, Name, CategoryCode, Address, Latitude, Longitude, Rating, RatingCount,
            MinPriceFen, Popularity, Image, DistanceMeters, OpenNow, Score);
    }
}
