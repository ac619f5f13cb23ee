using LocalLife.Entities;
using LocalLife.MultiTenancy;

namespace LocalLife.Ordering;

/// <summary>One change of a product's counted stock (sale, restock after a cancellation, adjustment, replenishment), with the stock after it.</summary>
public class StockMovement : Entity<Guid>, IMultiTenant
{
    private StockMovement() { } // EF

    public StockMovement(Guid id, Guid tenantId, Guid storeId, Guid productId, StockMovementKind kind, int delta, int stockAfter, Guid? orderId,
        Guid? byUserId, string? note, DateTimeOffset at) : base(id)
    {
        TenantId = tenantId;
        StoreId = storeId;
        ProductId = productId;
        Kind = kind;
        Delta = delta;
        StockAfter = stockAfter;
        OrderId = orderId;
        ByUserId = byUserId;
        Note = note;
        At = at;
    }

    public Guid? TenantId { get; private set; }
    public Guid StoreId { get; private set; }
    public Guid ProductId { get; private set; }
    public StockMovementKind Kind { get; private set; }
    public int Delta { get; private set; }
    public int StockAfter { get; private set; }
    public Guid? OrderId { get; private set; }
    public Guid? ByUserId { get; private set; }
    public string? Note { get; private set; }
    public DateTimeOffset At { get; private set; }
}
