using LocalLife.Entities;

namespace LocalLife.Loyalty;

/// <summary>
/// A customer's points wallet, one per platform customer, across every merchant. The balance is the sum of the
/// remaining points of its lots; the database refuses a negative balance (CHECK), and every change happens with the
/// account row locked, so concurrent redemptions cannot both spend the same points.
/// </summary>
public class PointsAccount : AggregateRoot<Guid>
{
    private PointsAccount() { } // EF

    public PointsAccount(Guid id, Guid customerId) : base(id) => CustomerId = customerId;

    public Guid CustomerId { get; private set; }
    public long Balance { get; private set; }
    public long LifetimeEarned { get; private set; }

    /// <summary>Confirmed spend in fen across all merchants; decides the member level.</summary>
    public long CumulativeSpendFen { get; private set; }

    public string LevelCode { get; private set; } = "normal";

    internal void Credit(long points)
    {
        Balance += points;
        LifetimeEarned += points;
    }

    internal void Debit(long points) => Balance -= points;

    internal void Restore(long points) => Balance += points;

    internal void AddSpend(long fen, LoyaltySettings settings)
    {
        CumulativeSpendFen += fen;
        LevelCode = settings.LevelFor(CumulativeSpendFen).Code;
    }

    internal void RemoveSpend(long fen, LoyaltySettings settings)
    {
        CumulativeSpendFen = Math.Max(0, CumulativeSpendFen - fen);
        LevelCode = settings.LevelFor(CumulativeSpendFen).Code;
    }
}
