namespace LocalLife.Marketing;

/// <summary>A product's activity price as one customer can have it now: the units they may still buy at it (null: no limit).</summary>
public sealed record OfferedPrice(Guid ActivityId, string ActivityName, ActivityTheme Theme, DateTimeOffset EndsAt, long PriceFen, int? UnitsLeft,
    int PerCustomerLimit, int TotalLimit);

public interface IActivityRepository
{
    Task<Activity> GetAsync(Guid id, CancellationToken ct);
    Task<(IReadOnlyList<Activity> Items, int Total)> GetPageAsync(ActivityStatus? status, int skip, int take, CancellationToken ct);
    Task InsertAsync(Activity activity, CancellationToken ct);

    /// <summary>The current tenant's activities running at the store now.</summary>
    Task<IReadOnlyList<Activity>> GetRunningAsync(Guid storeId, DateTimeOffset now, CancellationToken ct);

    /// <summary>Units sold at the activity's prices so far, per product (in all), and to one customer.</summary>
    Task<IReadOnlyDictionary<Guid, (int Total, int Customer)>> GetSoldAsync(Guid activityId, Guid? customerId, CancellationToken ct);

    /// <summary>
    /// Counts units sold at an activity price in the caller's transaction, in all and for the customer, only within the
    /// limits (0: none): false when a limit would be passed. Racing buyers queue on the counters' rows.
    /// </summary>
    Task<bool> TryTakeAsync(Guid activityId, Guid productId, Guid customerId, int units, int perCustomerLimit, int totalLimit, CancellationToken ct);

    /// <summary>Gives back units of a cancelled order (in the caller's transaction).</summary>
    Task GiveBackAsync(Guid activityId, Guid productId, Guid customerId, int units, CancellationToken ct);
}
