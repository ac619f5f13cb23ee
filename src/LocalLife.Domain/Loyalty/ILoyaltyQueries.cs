namespace LocalLife.Loyalty;

/// <summary>Read-only views of the ledger for customers, merchants and the platform.</summary>
public interface ILoyaltyQueries
{
    Task<(IReadOnlyList<PointsEntry> Items, int TotalCount)> GetEntriesAsync(Guid accountId, int skip, int take, CancellationToken ct);

    /// <summary>Points still held in lots that expire before <paramref name="until"/>.</summary>
    Task<long> GetExpiringAsync(Guid accountId, DateTimeOffset until, CancellationToken ct);

    /// <summary>Rule names across merchants (the customer's history spans them; on the reader).</summary>
    Task<IReadOnlyDictionary<Guid, string>> GetRuleNamesAsync(IReadOnlyCollection<Guid> ruleIds, CancellationToken ct);

    /// <summary>
    /// Points earned at one merchant and spent at another within the period (reversals excluded), summed per pair;
    /// with <paramref name="tenantId"/>, only the pairs that merchant is part of.
    /// </summary>
    Task<IReadOnlyList<SettlementLine>> GetSettlementAsync(DateTimeOffset from, DateTimeOffset to, Guid? tenantId, CancellationToken ct);
}

public sealed record SettlementLine(Guid? EarnedAtTenantId, Guid? SpentAtTenantId, long Points);
