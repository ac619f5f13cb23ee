using LocalLife.Entities;

namespace LocalLife.Loyalty;

/// <summary>One line of the ledger. Amount is signed (+ earn/restore, − redeem/expire); the key makes a retry a no-op.</summary>
public class PointsEntry : Entity<Guid>
{
    private PointsEntry() { } // EF

    public PointsEntry(Guid id, Guid accountId, PointsEntryKind kind, long amount, long balanceAfter, string idempotencyKey, Guid? merchantTenantId,
        PointsDocumentType documentType, string? documentId, Guid? ruleId, string? note, DateTimeOffset at) : base(id)
    {
        AccountId = accountId;
        Kind = kind;
        Amount = amount;
        BalanceAfter = balanceAfter;
        IdempotencyKey = idempotencyKey;
        MerchantTenantId = merchantTenantId;
        DocumentType = documentType;
        DocumentId = documentId;
        RuleId = ruleId;
        Note = note;
        At = at;
    }

    public Guid AccountId { get; private set; }
    public PointsEntryKind Kind { get; private set; }
    public long Amount { get; private set; }
    public long BalanceAfter { get; private set; }
    public string IdempotencyKey { get; private set; } = null!;
    public Guid? MerchantTenantId { get; private set; }
    public PointsDocumentType DocumentType { get; private set; }
    public string? DocumentId { get; private set; }

    /// <summary>The rebate rule that produced earned points, shown to the customer.</summary>
    public Guid? RuleId { get; private set; }

    public string? Note { get; private set; }
    public DateTimeOffset At { get; private set; }
}

/// <summary>
/// Which lots a redemption consumed: points earned at one merchant and spent at another are that merchant's
/// liability to the other (the settlement report sums these).
/// </summary>
public class PointsAllocation : Entity<Guid>
{
    private PointsAllocation() { } // EF

    public PointsAllocation(Guid id, Guid entryId, Guid lotId, long points, Guid? earnedAtTenantId, Guid? spentAtTenantId, DateTimeOffset at) : base(id)
    {
        EntryId = entryId;
        LotId = lotId;
        Points = points;
        EarnedAtTenantId = earnedAtTenantId;
        SpentAtTenantId = spentAtTenantId;
        At = at;
    }

    public Guid EntryId { get; private set; }
    public Guid LotId { get; private set; }
    public long Points { get; private set; }
    public Guid? EarnedAtTenantId { get; private set; }
    public Guid? SpentAtTenantId { get; private set; }
    public DateTimeOffset At { get; private set; }

    /// <summary>Set when the redemption was reversed: the points went back to the lot and owe nothing.</summary>
    public bool Reversed { get; private set; }

    internal void Reverse() => Reversed = true;
}
