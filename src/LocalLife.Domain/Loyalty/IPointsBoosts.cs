namespace LocalLife.Loyalty;

/// <summary>What multiplies points earned at a store on top of the member level (a merchant's double-points activity).</summary>
public interface IPointsBoosts
{
    /// <summary>The multiplier in percent running at the store at that moment (100: none), of the current tenant.</summary>
    Task<int> MultiplierPercentAsync(Guid storeId, DateTimeOffset at, CancellationToken ct);
}
