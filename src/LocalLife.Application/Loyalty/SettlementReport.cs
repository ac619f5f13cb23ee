using LocalLife.Tenancy;

namespace LocalLife.Loyalty;

/// <summary>Turns settlement lines into "who owes whom": the merchant that issued points owes their value where they were spent.</summary>
public sealed class SettlementReport(ILoyaltyQueries queries, IPointsRepository points, ITenantRepository tenants)
{
    public async Task<IReadOnlyList<SettlementLineDto>> BuildAsync(GetSettlementInput input, Guid? tenantId, CancellationToken ct)
    {
        var china = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        // Report days are China days: the period runs from the first day's midnight to the day after the last, in UTC.
        var from = new DateTimeOffset(input.From.ToDateTime(TimeOnly.MinValue), china.GetUtcOffset(input.From.ToDateTime(TimeOnly.MinValue))).ToUniversalTime();
        var to = new DateTimeOffset(input.To.AddDays(1).ToDateTime(TimeOnly.MinValue), china.GetUtcOffset(input.To.ToDateTime(TimeOnly.MinValue))).ToUniversalTime();
        var settings = await points.GetSettingsAsync(ct);
        var lines = await queries.GetSettlementAsync(from, to, tenantId, ct);
        var names = new Dictionary<Guid, string>();
        foreach (var id in lines.SelectMany(l => new[] { l.EarnedAtTenantId, l.SpentAtTenantId }).OfType<Guid>().Distinct())
            names[id] = (await tenants.FindAsync(id, ct))?.DisplayName ?? id.ToString();
        return lines
            .Select(l => new SettlementLineDto(l.EarnedAtTenantId, l.EarnedAtTenantId is { } e ? names[e] : null,
                l.SpentAtTenantId, l.SpentAtTenantId is { } s ? names[s] : null, l.Points, settings.ValueFen(l.Points)))
            .OrderByDescending(l => l.Points)
            .ToList();
    }
}
