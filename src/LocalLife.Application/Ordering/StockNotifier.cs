using LocalLife.Eventing;

namespace LocalLife.Ordering;

/// <summary>Raises the low-stock event when a counted stock reaches its warning threshold (the caller saves, so it goes out with the change).</summary>
public sealed class StockNotifier(IDistributedEventBus bus)
{
    public async Task CheckAsync(Product product, int stockAfter, CancellationToken ct)
    {
        if (stockAfter > product.StockWarning) return;
        await bus.PublishAsync(new StockLowEto(product.Id, product.TenantId!.Value, product.StoreId, product.Details.Name, stockAfter, product.StockWarning), ct);
    }
}
