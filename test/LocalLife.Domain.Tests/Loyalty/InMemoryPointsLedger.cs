namespace LocalLife.Loyalty;

/// <summary>The points ledger's storage held in memory, for the rules of <see cref="PointsManager"/> without a database.</summary>
internal sealed class InMemoryPointsLedger : IPointsRepository
{
    public LoyaltySettings Settings { get; set; } = LoyaltySettings.CreateDefault();
    public List<RebateRule> Rules { get; } = [];
    public List<PointsAccount> Accounts { get; } = [];
    public List<PointsEntry> Entries { get; } = [];
    public List<PointsLot> Lots { get; } = [];
    public List<PointsAllocation> Allocations { get; } = [];

    public Task<PointsAccount> LockAccountAsync(Guid customerId, CancellationToken ct)
    {
        var account = Accounts.FirstOrDefault(a => a.CustomerId == customerId);
        if (account is null) Accounts.Add(account = new PointsAccount(Guid.NewGuid(), customerId));
        return Task.FromResult(account);
    }

    public Task<PointsAccount?> FindAccountAsync(Guid customerId, CancellationToken ct) =>
        Task.FromResult(Accounts.FirstOrDefault(a => a.CustomerId == customerId));

    public Task<PointsEntry?> FindEntryAsync(Guid accountId, string idempotencyKey, CancellationToken ct) =>
        Task.FromResult(Entries.FirstOrDefault(e => e.AccountId == accountId && e.IdempotencyKey == idempotencyKey));

    public Task<IReadOnlyList<PointsLot>> GetOpenLotsAsync(Guid accountId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<PointsLot>>([.. Lots.Where(l => l.AccountId == accountId && l.Remaining > 0).OrderBy(l => l.ExpiresAt)]);

    public Task<IReadOnlyList<PointsAllocation>> GetAllocationsAsync(Guid entryId, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<PointsAllocation>>([.. Allocations.Where(a => a.EntryId == entryId)]);

    public Task<IReadOnlyList<PointsLot>> GetLotsAsync(IReadOnlyCollection<Guid> ids, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<PointsLot>>([.. Lots.Where(l => ids.Contains(l.Id))]);

    public Task<PointsLot?> FindLotByEntryAsync(Guid entryId, CancellationToken ct) => Task.FromResult(Lots.FirstOrDefault(l => l.EntryId == entryId));

    public Task AddAsync(object row, CancellationToken ct)
    {
        switch (row)
        {
            case PointsEntry e: Entries.Add(e); break;
            case PointsLot l: Lots.Add(l); break;
            case PointsAllocation a: Allocations.Add(a); break;
            default: throw new ArgumentException($"Not a ledger row: {row.GetType().Name}");
        }
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<Guid>> GetCustomersWithExpiredLotsAsync(DateTimeOffset now, int take, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<Guid>>([.. Lots.Where(l => l.ExpiresAt <= now && l.Remaining > 0)
            .Select(l => Accounts.Single(a => a.Id == l.AccountId).CustomerId).Distinct().Take(take)]);

    public Task<LoyaltySettings> GetSettingsAsync(CancellationToken ct) => Task.FromResult(Settings);

    public Task<IReadOnlyList<RebateRule>> GetActiveRulesAsync(CancellationToken ct) => Task.FromResult<IReadOnlyList<RebateRule>>([.. Rules.Where(r => r.IsActive)]);
}
