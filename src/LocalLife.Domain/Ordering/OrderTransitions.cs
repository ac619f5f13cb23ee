namespace LocalLife.Ordering;

/// <summary>
/// Every legal move of an order (requirements §5.9.5). Unpaid orders are paid or cancelled; the merchant accepts or
/// rejects (cancels) a paid one; accepted orders are prepared, delivered, confirmed. Any order in the merchant's hands
/// may become an exception (out of stock, delivery failed), which is resolved back into the flow or cancelled.
/// </summary>
public static class OrderTransitions
{
    private static readonly Dictionary<OrderStatus, OrderStatus[]> Allowed = new()
    {
        [OrderStatus.Placed] = [OrderStatus.Paid, OrderStatus.Cancelled],
        [OrderStatus.Paid] = [OrderStatus.Accepted, OrderStatus.Cancelled, OrderStatus.Exception],
        [OrderStatus.Accepted] = [OrderStatus.Preparing, OrderStatus.Cancelled, OrderStatus.Exception],
        [OrderStatus.Preparing] = [OrderStatus.Delivering, OrderStatus.Exception],
        [OrderStatus.Delivering] = [OrderStatus.Delivered, OrderStatus.Exception],
        [OrderStatus.Delivered] = [OrderStatus.Completed],
        [OrderStatus.Exception] = [OrderStatus.Paid, OrderStatus.Accepted, OrderStatus.Preparing, OrderStatus.Delivering, OrderStatus.Cancelled],
        [OrderStatus.Completed] = [],
        [OrderStatus.Cancelled] = [],
    };

    public static bool Allows(OrderStatus from, OrderStatus to) => Allowed[from].Contains(to);
}
