namespace LocalLife.Loyalty;

/// <summary>Storage of the points ledger. Every change runs in a transaction with the account row locked first.</summary>
public interface IPointsRepository
{
    /// <summary>The customer's account, created if missing, locked (FOR UPDATE) until the transaction ends.</summary>
    Task<PointsAccount> LockAccountAsync(Guid customerId, CancellationToken ct);

    Task<PointsAccount?> FindAccountAsync(Guid customerId, CancellationToken ct);

    Task<PointsEntry?> FindEntryAsync(Guid accountId, string idempotencyKey, CancellationToken ct);

    /// <summary>Lots with points left, first to expire first.</summary>
    Task<IReadOnlyList<PointsLot>> GetOpenLotsAsync(Guid accountId, CancellationToken ct);

    Task<IReadOnlyList<PointsAllocation>> GetAllocationsAsync(Guid entryId, CancellationToken ct);

    Task<IReadOnlyList<PointsLot>> GetLotsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct);

    Task<PointsLot?> FindLotByEntryAsync(Guid entryId, CancellationToken ct);

    Task AddAsync(object row, CancellationToken ct);

    /// <summary>Customers with lots that expire at or before <paramref name="now"/> and still hold points.</summary>
    Task<IReadOnlyList<Guid>> GetCustomersWithExpiredLotsAsync(DateTimeOffset now, int take, CancellationToken ct);

    Task<LoyaltySettings> GetSettingsAsync(CancellationToken ct);

    /// <summary>Active rebate rules of the current tenant.</summary>
    Task<IReadOnlyList<RebateRule>> GetActiveRulesAsync(CancellationToken ct);
}
