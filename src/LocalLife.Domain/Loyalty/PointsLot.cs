using LocalLife.Entities;

namespace LocalLife.Loyalty;

/// <summary>Points earned at once, at one merchant, expiring together. Redemptions consume lots first-to-expire first.</summary>
public class PointsLot : Entity<Guid>
{
    private PointsLot() { } // EF

    public PointsLot(Guid id, Guid accountId, Guid? merchantTenantId, long points, DateTimeOffset earnedAt, DateTimeOffset expiresAt, Guid entryId) : base(id)
    {
        AccountId = accountId;
        MerchantTenantId = merchantTenantId;
        Points = points;
        Remaining = points;
        EarnedAt = earnedAt;
        ExpiresAt = expiresAt;
        EntryId = entryId;
    }

    public Guid AccountId { get; private set; }

    /// <summary>The merchant that issued these points (null: the platform), which owes their value where they are spent.</summary>
    public Guid? MerchantTenantId { get; private set; }

    public long Points { get; private set; }
    public long Remaining { get; private set; }
    public DateTimeOffset EarnedAt { get; private set; }
    public DateTimeOffset ExpiresAt { get; private set; }
    public Guid EntryId { get; private set; }

    internal long Take(long wanted)
    {
        var taken = Math.Min(wanted, Remaining);
        Remaining -= taken;
        return taken;
    }

    internal void Give(long points) => Remaining += points;
}
