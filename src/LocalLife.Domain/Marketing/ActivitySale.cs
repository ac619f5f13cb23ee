using LocalLife.MultiTenancy;

namespace LocalLife.Marketing;

/// <summary>
/// Units of a product sold at an activity's price: everyone's together (<see cref="CustomerId"/> empty) and each customer's.
/// Changed only by conditional upserts in the order's transaction (see <see cref="IActivityRepository.TryTakeAsync"/>).
/// </summary>
public class ActivitySale : IMultiTenant
{
    private ActivitySale() { } // EF

    public Guid? TenantId { get; private set; }
    public Guid ActivityId { get; private set; }
    public Guid ProductId { get; private set; }
    public Guid CustomerId { get; private set; }
    public int Units { get; private set; }
}
